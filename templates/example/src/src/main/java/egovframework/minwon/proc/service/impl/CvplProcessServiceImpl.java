package egovframework.minwon.proc.service.impl;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import org.springframework.stereotype.Service;

import egovframework.minwon.cmm.service.EgovFileMngService;
import egovframework.minwon.cmm.service.FileVO;
import egovframework.minwon.proc.service.CvplProcessService;
import egovframework.minwon.proc.service.CvplProcessVO;
import egovframework.rte.fdl.cmmn.EgovAbstractServiceImpl;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 민원 처리·결재 서비스 구현
 */
@Service("cvplProcessService")
public class CvplProcessServiceImpl extends EgovAbstractServiceImpl implements CvplProcessService {

	@Resource(name = "cvplProcessDAO")
	private CvplProcessDAO cvplProcessDAO;

	@Resource(name = "EgovFileMngService")
	private EgovFileMngService fileMngService;

	@Override
	public List<EgovMap> selectProcessTargetList(CvplProcessVO searchVO) throws Exception {
		return cvplProcessDAO.selectProcessTargetList(searchVO);
	}

	@Override
	public EgovMap selectProcessDetail(String rcptNo) throws Exception {
		return cvplProcessDAO.selectProcessDetail(rcptNo);
	}

	@Override
	public List<EgovMap> selectProcessHistList(String rcptNo) throws Exception {
		return cvplProcessDAO.selectProcessHistList(rcptNo);
	}

	@Override
	public List<EgovMap> selectSanctnList(String rcptNo) throws Exception {
		return cvplProcessDAO.selectSanctnList(rcptNo);
	}

	@Override
	public void insertProcess(CvplProcessVO vo, List<FileVO> files) throws Exception {
		vo.setAtchFileId(fileMngService.insertFileInfs(files));
		String[] sanctners = vo.getSanctnerIds();
		vo.setProcessSttusCode(sanctners == null || sanctners.length == 0 ? "10" : "20");
		cvplProcessDAO.insertProcess(vo);
		for (int i = 0; sanctners != null && i < sanctners.length; i++) {
			Map<String, Object> sanctn = new HashMap<String, Object>();
			sanctn.put("rcptNo", vo.getRcptNo());
			sanctn.put("processSn", vo.getProcessSn());
			sanctn.put("sanctnOrdr", i + 1);
			sanctn.put("sanctnerId", sanctners[i]);
			sanctn.put("lastSanctnAt", i == sanctners.length - 1 ? "Y" : "N");
			cvplProcessDAO.insertSanctn(sanctn);
		}
	}

	@Override
	public int updateProcess(CvplProcessVO vo) throws Exception {
		return cvplProcessDAO.updateProcess(vo);
	}

	@Override
	public List<EgovMap> selectPdExtnList(String rcptNo) throws Exception {
		return cvplProcessDAO.selectPdExtnList(rcptNo);
	}

	@Override
	public void insertPdExtn(CvplProcessVO vo) throws Exception {
		cvplProcessDAO.insertPdExtn(vo);
	}

	@Override
	public List<EgovMap> selectSanctnWaitList(CvplProcessVO searchVO) throws Exception {
		return cvplProcessDAO.selectSanctnWaitList(searchVO);
	}

	@Override
	public void confirmSanctn(CvplProcessVO vo) throws Exception {
		EgovMap sanctn = cvplProcessDAO.selectSanctn(vo.getSanctnId());
		if (sanctn == null || cvplProcessDAO.updateSanctn(vo) == 0) {
			throw processException("fail.sanctn.notWaiting");
		}
		vo.setRcptNo((String) sanctn.get("rcptNo"));
		vo.setProcessSn(((BigDecimal) sanctn.get("processSn")).intValue());
		if ("R".equals(vo.getSanctnSttusCode())) {
			vo.setProcessSttusCode("40");
			cvplProcessDAO.updateProcessSttus(vo);
		} else if ("Y".equals(sanctn.get("lastSanctnAt"))) {
			vo.setProcessSttusCode("30");
			cvplProcessDAO.updateProcessSttus(vo);
		}
	}
}
