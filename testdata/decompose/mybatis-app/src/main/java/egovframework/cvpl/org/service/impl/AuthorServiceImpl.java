package egovframework.cvpl.org.service.impl;

import egovframework.cvpl.org.service.AuthorService;
import egovframework.cvpl.org.service.AuthorVO;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import org.egovframe.rte.fdl.cmmn.EgovAbstractServiceImpl;
import org.springframework.stereotype.Service;

/**
 * 권한 관리 서비스 구현
 * @author 홍길동
 * @since 2021.03.15
 * @version 1.0
 *
 * <pre>
 * << 개정이력(Modification Information) >>
 *
 *   수정일      수정자          수정내용
 *  -------    --------    ---------------------------
 *  2021.03.15  홍길동          최초 생성
 * </pre>
 */
@Service("authorService")
public class AuthorServiceImpl extends EgovAbstractServiceImpl implements AuthorService {

	@Resource(name = "authorMapper")
	private AuthorMapper authorMapper;

	@Override
	public List<?> selectAuthorList() throws Exception {
		return authorMapper.selectAuthorList();
	}

	@Override
	public List<?> selectEmplyrAuthorList(String emplyrId) throws Exception {
		return authorMapper.selectEmplyrAuthorList(emplyrId);
	}

	@Override
	public void grantAuthor(AuthorVO vo) throws Exception {
		authorMapper.grantAuthor(vo);
	}

	@Override
	public void revokeAuthor(AuthorVO vo) throws Exception {
		authorMapper.revokeAuthor(vo);
	}

}
