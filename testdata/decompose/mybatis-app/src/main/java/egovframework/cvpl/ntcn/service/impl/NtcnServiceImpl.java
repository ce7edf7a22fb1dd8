package egovframework.cvpl.ntcn.service.impl;

import egovframework.cvpl.ntcn.service.NtcnService;
import egovframework.cvpl.ntcn.service.NtcnVO;
import egovframework.cvpl.ntcn.service.TmplatVO;
import java.util.List;
import java.util.Map;
import org.egovframe.rte.fdl.cmmn.EgovAbstractServiceImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * 알림 발송 서비스 구현
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
@Service("ntcnService")
public class NtcnServiceImpl extends EgovAbstractServiceImpl implements NtcnService {

	private final NtcnDAO ntcnDAO;

	@Autowired
	public NtcnServiceImpl(NtcnDAO ntcnDAO) {
		this.ntcnDAO = ntcnDAO;
	}

	@Override
	public void sendSms(NtcnVO vo) throws Exception {
		ntcnDAO.insertSmsSend(vo);
	}

	@Override
	public void sendEmail(NtcnVO vo) throws Exception {
		ntcnDAO.insertEmailSend(vo);
	}

	@Override
	public List<?> selectTmplatList() throws Exception {
		return ntcnDAO.selectTmplatList();
	}

	@Override
	public void insertTmplat(TmplatVO vo) throws Exception {
		ntcnDAO.insertTmplat(vo);
	}

	@Override
	public void updateTmplat(TmplatVO vo) throws Exception {
		ntcnDAO.updateTmplat(vo);
	}

	@Override
	public List<?> selectSmsSendList(NtcnVO vo) throws Exception {
		return ntcnDAO.selectSmsSendList(vo);
	}

}
