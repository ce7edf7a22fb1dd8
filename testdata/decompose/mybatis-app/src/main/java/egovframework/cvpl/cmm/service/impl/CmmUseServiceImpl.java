package egovframework.cvpl.cmm.service.impl;

import egovframework.cvpl.cmm.service.CmmUseService;
import egovframework.cvpl.cmm.service.CmmnDetailCode;
import egovframework.cvpl.cmm.service.ComDefaultCodeVO;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import org.egovframe.rte.fdl.cmmn.EgovAbstractServiceImpl;
import org.springframework.stereotype.Service;

/**
 * 공통코드 조회 서비스 구현
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
@Service("cmmUseService")
public class CmmUseServiceImpl extends EgovAbstractServiceImpl implements CmmUseService {

	@Resource(name = "cmmnCodeDAO")
	private CmmnCodeDAO cmmnCodeDAO;

	@Override
	public List<CmmnDetailCode> selectCmmCodeDetail(ComDefaultCodeVO vo) throws Exception {
		return cmmnCodeDAO.selectDetailCodeList(vo.getCodeId());
	}

}
