package egovframework.minwon.appl.service.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import org.springframework.stereotype.Service;

import egovframework.minwon.appl.service.CvplApplService;
import egovframework.minwon.appl.service.CvplApplVO;
import egovframework.minwon.cmm.service.EgovFileMngService;
import egovframework.minwon.cmm.service.FileVO;
import egovframework.minwon.knd.service.CvplKndService;
import egovframework.rte.fdl.cmmn.EgovAbstractServiceImpl;
import egovframework.rte.psl.dataaccess.util.EgovMap;

/**
 * 민원 신청·접수 서비스 구현
 */
@Service("cvplApplService")
public class CvplApplServiceImpl extends EgovAbstractServiceImpl implements CvplApplService {

	/** 신청 상태: 접수 */
	private static final String STTUS_RCPT = "02";

	@Resource(name = "cvplApplDAO")
	private CvplApplDAO cvplApplDAO;

	@Resource(name = "cvplKndService")
	private CvplKndService cvplKndService;

	@Resource(name = "EgovFileMngService")
	private EgovFileMngService fileMngService;

	@Override
	public List<EgovMap> selectApplList(CvplApplVO searchVO) throws Exception {
		return cvplApplDAO.selectApplList(searchVO);
	}

	@Override
	public int selectApplListCnt(CvplApplVO searchVO) throws Exception {
		return cvplApplDAO.selectApplListCnt(searchVO);
	}

	@Override
	public EgovMap selectAppl(String applNo) throws Exception {
		return cvplApplDAO.selectAppl(applNo);
	}

	@Override
	public List<EgovMap> selectApplItemList(String applNo) throws Exception {
		return cvplApplDAO.selectApplItemList(applNo);
	}

	@Override
	public String insertAppl(CvplApplVO vo, List<FileVO> files) throws Exception {
		List<EgovMap> defs = cvplKndService.selectKndItemList(vo.getCvplKndCode());
		String[] values = vo.getItemValues();
		for (int i = 0; i < defs.size(); i++) {
			String value = values != null && i < values.length ? values[i] : "";
			if ("Y".equals(defs.get(i).get("essntlAt")) && "".equals(value)) {
				throw processException("fail.cvpl.essntlItem", new String[] { (String) defs.get(i).get("itemNm") });
			}
		}
		vo.setAtchFileId(fileMngService.insertFileInfs(files));
		cvplApplDAO.insertAppl(vo);
		for (int i = 0; i < defs.size(); i++) {
			Map<String, Object> item = new HashMap<String, Object>();
			item.put("applNo", vo.getApplNo());
			item.put("itemSn", i + 1);
			item.put("itemNm", defs.get(i).get("itemNm"));
			item.put("itemValue", values != null && i < values.length ? values[i] : "");
			cvplApplDAO.insertApplItem(item);
		}
		return vo.getApplNo();
	}

	@Override
	public int withdrawAppl(CvplApplVO vo) throws Exception {
		return cvplApplDAO.withdrawAppl(vo);
	}

	@Override
	public String insertRcpt(CvplApplVO vo) throws Exception {
		cvplApplDAO.insertRcpt(vo);
		vo.setApplSttusCode(STTUS_RCPT);
		cvplApplDAO.updateApplSttus(vo);
		return vo.getRcptNo();
	}
}
