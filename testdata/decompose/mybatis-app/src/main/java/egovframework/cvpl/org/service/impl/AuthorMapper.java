package egovframework.cvpl.org.service.impl;

import java.util.List;

import org.egovframe.rte.psl.dataaccess.mapper.Mapper;

import egovframework.cvpl.org.service.AuthorVO;

/**
 * 권한 Mapper (Author_SQL.xml)
 */
@Mapper("authorMapper")
public interface AuthorMapper {

	List<?> selectAuthorList();

	List<?> selectEmplyrAuthorList(String emplyrId);

	void grantAuthor(AuthorVO vo);

	void revokeAuthor(AuthorVO vo);
}
