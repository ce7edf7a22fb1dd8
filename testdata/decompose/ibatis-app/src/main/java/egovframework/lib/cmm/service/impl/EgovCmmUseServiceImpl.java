package egovframework.lib.cmm.service.impl;

import egovframework.lib.cmm.service.*;
import egovframework.rte.fdl.cmmn.AbstractServiceImpl;
import java.util.List;
import javax.annotation.Resource;
import org.springframework.stereotype.Service;

/**
 * 공통코드 조회 구현
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
@Service("EgovCmmUseService")
public class EgovCmmUseServiceImpl extends AbstractServiceImpl implements EgovCmmUseService {

	@Resource(name="cmmUseDAO")
	private CmmUseDAO cmmUseDAO;

	/**
	 * 공통상세코드를 조회한다.
	 */
	public List selectCmmCodeDetail(ComDefaultCodeVO vo) throws Exception {
		return cmmUseDAO.selectCmmCodeDetail(vo);
	}

}
