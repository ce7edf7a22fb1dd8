package egovframework.cvpl.rcpt.service.impl;

import egovframework.cvpl.cmm.service.EgovFileMngService;
import egovframework.cvpl.cmm.service.FileVO;
import egovframework.cvpl.ntcn.service.NtcnService;
import egovframework.cvpl.ntcn.service.NtcnVO;
import egovframework.cvpl.rcpt.service.CvplKndVO;
import egovframework.cvpl.rcpt.service.CvplRcptService;
import egovframework.cvpl.rcpt.service.CvplRcptVO;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import org.egovframe.rte.fdl.cmmn.EgovAbstractServiceImpl;
import org.springframework.stereotype.Service;

/**
 * 민원 접수 서비스 구현
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
@Service("cvplRcptService")
public class CvplRcptServiceImpl extends EgovAbstractServiceImpl implements CvplRcptService {

	@Resource(name = "cvplRcptDAO")
	private CvplRcptDAO cvplRcptDAO;

	@Resource(name = "EgovFileMngService")
	private EgovFileMngService fileMngService;

	@Resource(name = "ntcnService")
	private NtcnService ntcnService;

	@Override
	public Map<String, Object> selectRcptList(CvplRcptVO vo) throws Exception {
		Map<String, Object> map = new HashMap<String, Object>();
		map.put("resultList", cvplRcptDAO.selectRcptList(vo));
		map.put("resultCnt", cvplRcptDAO.selectRcptListCnt(vo));
		return map;
	}

	@Override
	public CvplRcptVO selectRcptDetail(CvplRcptVO vo) throws Exception {
		CvplRcptVO detail = cvplRcptDAO.selectRcptDetail(vo);
		detail.setHistList(cvplRcptDAO.selectHistList(vo.getRcptNo()));
		return detail;
	}

	@Override
	public String insertRcpt(CvplRcptVO vo, List<FileVO> files) throws Exception {
		if (files != null && !files.isEmpty()) {
			vo.setAtchFileId(fileMngService.insertFileInfs(files));
		}
		cvplRcptDAO.insertRcpt(vo);
		cvplRcptDAO.insertAplcnt(vo);
		vo.setChangeResn("민원 접수");
		cvplRcptDAO.insertRcptHist(vo);
		NtcnVO sms = new NtcnVO("CVPL_RCPT", vo.getMoblphonNo(), vo.getRcptNo(), vo.getCvplSj());
		ntcnService.sendSms(sms);
		return vo.getRcptNo();
	}

	@Override
	public void withdrawRcpt(CvplRcptVO vo) throws Exception {
		cvplRcptDAO.withdrawRcpt(vo);
		vo.setChangeResn("민원인 취하");
		cvplRcptDAO.insertRcptHist(vo);
	}

	@Override
	public List<?> selectMyRcptList(CvplRcptVO vo) throws Exception {
		return cvplRcptDAO.selectMyRcptList(vo);
	}

	@Override
	public List<?> selectKndList() throws Exception {
		return cvplRcptDAO.selectKndList();
	}

	@Override
	public CvplKndVO selectKnd(String code) throws Exception {
		return cvplRcptDAO.selectKnd(code);
	}

	@Override
	public void insertKnd(CvplKndVO vo) throws Exception {
		cvplRcptDAO.insertKnd(vo);
	}

	@Override
	public void updateKnd(CvplKndVO vo) throws Exception {
		cvplRcptDAO.updateKnd(vo);
	}

}
