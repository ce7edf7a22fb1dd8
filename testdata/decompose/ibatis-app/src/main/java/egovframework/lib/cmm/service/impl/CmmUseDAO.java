package egovframework.lib.cmm.service.impl;

import java.util.List;

import org.springframework.stereotype.Repository;

import egovframework.rte.psl.dataaccess.EgovAbstractDAO;
import egovframework.lib.cmm.service.*;

/**
 * CmmUseDAO 데이터 접근 클래스
 * @author 김철수
 * @since 2014.06.02
 * @version 1.0
 *
 * <pre>
 * << 개정이력(Modification Information) >>
 *
 *   수정일      수정자          수정내용
 *  -------    --------    ---------------------------
 *  2014.06.02  김철수          최초 생성
 * </pre>
 */
@Repository("cmmUseDAO")
public class CmmUseDAO extends EgovAbstractDAO {

	/**
	 * selectCmmCodeDetail
	 */
	public List selectCmmCodeDetail(ComDefaultCodeVO vo) throws Exception {
		return list("CmmUseDAO.selectCmmCodeDetail", vo);
	}
}
