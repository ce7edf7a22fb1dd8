package egovframework.cvpl.proc.service.impl;

import egovframework.cvpl.cmm.service.EgovFileMngService;
import egovframework.cvpl.cmm.service.FileVO;
import egovframework.cvpl.ntcn.service.NtcnService;
import egovframework.cvpl.ntcn.service.NtcnVO;
import egovframework.cvpl.proc.service.CvplAnswerVO;
import egovframework.cvpl.proc.service.CvplDelayVO;
import egovframework.cvpl.proc.service.CvplProcService;
import egovframework.cvpl.proc.service.CvplProcVO;
import egovframework.cvpl.proc.service.CvplSatisfcVO;
import egovframework.cvpl.proc.service.CvplTrnsfVO;
import egovframework.cvpl.sanctn.service.SanctnService;
import java.util.List;
import java.util.Map;
import org.egovframe.rte.fdl.cmmn.EgovAbstractServiceImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * 민원 처리 서비스 구현
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
@Service("cvplProcService")
public class CvplProcServiceImpl extends EgovAbstractServiceImpl implements CvplProcService {

	private final CvplProcMapper cvplProcMapper;
	private final EgovFileMngService fileMngService;
	private final SanctnService sanctnService;
	private final NtcnService ntcnService;

	@Autowired
	public CvplProcServiceImpl(CvplProcMapper cvplProcMapper, EgovFileMngService fileMngService, SanctnService sanctnService, NtcnService ntcnService) {
		this.cvplProcMapper = cvplProcMapper;
		this.fileMngService = fileMngService;
		this.sanctnService = sanctnService;
		this.ntcnService = ntcnService;
	}

	@Override
	public List<?> selectTodoList(CvplProcVO vo) throws Exception {
		return cvplProcMapper.selectTodoList(vo);
	}

	@Override
	public CvplProcVO selectProcDetail(String rcptNo) throws Exception {
		CvplProcVO vo = cvplProcMapper.selectProcDetail(rcptNo);
		vo.setTrnsfList(cvplProcMapper.selectTrnsfList(rcptNo));
		return vo;
	}

	@Override
	public void assign(CvplProcVO vo) throws Exception {
		if (cvplProcMapper.updateCharger(vo) == 0) {
			cvplProcMapper.insertProcess(vo);
		}
		vo.setSttusCode("02"); // 처리중
		cvplProcMapper.updateRcptSttus(vo);
	}

	@Override
	public List<?> selectTrnsfDeptList() throws Exception {
		return cvplProcMapper.selectTrnsfDeptList();
	}

	@Override
	public void trnsf(CvplTrnsfVO vo) throws Exception {
		cvplProcMapper.insertTrnsf(vo);
		cvplProcMapper.updateRcptDept(vo);
		ntcnService.sendSms(new NtcnVO("CVPL_TRNSF", vo.getMoblphonNo(), vo.getRcptNo(), ""));
	}

	@Override
	public void registAnswer(CvplAnswerVO vo, List<FileVO> files) throws Exception {
		vo.setAtchFileId(fileMngService.insertFileInfs(files));
		cvplProcMapper.insertAnswer(vo);
		String docId = sanctnService.requestSanctn(vo.toSanctnVO());
		vo.setSanctnDocId(docId);
		vo.setSanctnSttus("P");
		cvplProcMapper.updateAnswerSanctn(vo);
	}

	@Override
	public void completeAnswer(String sanctnDocId) throws Exception {
		CvplAnswerVO answer = cvplProcMapper.selectAnswerBySanctnDoc(sanctnDocId);
		answer.setSanctnSttus("C");
		cvplProcMapper.updateAnswerSanctn(answer);
		CvplProcVO proc = new CvplProcVO(answer.getRcptNo());
		proc.setProcessSttus("C");
		cvplProcMapper.updateProcessSttus(proc);
		proc.setSttusCode("03"); // 처리완료
		cvplProcMapper.updateRcptSttus(proc);
		ntcnService.sendSms(new NtcnVO("CVPL_ANSWER", answer.getMoblphonNo(), answer.getRcptNo(), ""));
		ntcnService.sendEmail(new NtcnVO("CVPL_ANSWER", answer.getEmailAdres(), answer.getRcptNo(), ""));
	}

	@Override
	public void registDelay(CvplDelayVO vo) throws Exception {
		cvplProcMapper.insertDelay(vo);
		cvplProcMapper.updateTmlmt(vo);
		ntcnService.sendSms(new NtcnVO("CVPL_DELAY", vo.getMoblphonNo(), vo.getRcptNo(), ""));
	}

	@Override
	public void insertSatisfc(CvplSatisfcVO vo) throws Exception {
		cvplProcMapper.insertSatisfc(vo);
	}

	@Override
	public List<?> selectSatisfcAvg(CvplProcVO vo) throws Exception {
		return cvplProcMapper.selectSatisfcAvg(vo);
	}

}
