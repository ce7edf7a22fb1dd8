package egovframework.cvpl.sanctn.service.impl;

import egovframework.cvpl.proc.service.CvplProcService;
import egovframework.cvpl.sanctn.service.SanctnService;
import egovframework.cvpl.sanctn.service.SanctnVO;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import org.egovframe.rte.fdl.cmmn.EgovAbstractServiceImpl;
import org.springframework.stereotype.Service;

/**
 * 전자결재 서비스 구현
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
@Service("sanctnService")
public class SanctnServiceImpl extends EgovAbstractServiceImpl implements SanctnService {

	@Resource(name = "sanctnMapper")
	private SanctnMapper sanctnMapper;

	@Resource(name = "cvplProcService")
	private CvplProcService cvplProcService;

	@Override
	public List<?> selectWaitList(SanctnVO vo) throws Exception {
		return sanctnMapper.selectWaitList(vo);
	}

	@Override
	public SanctnVO selectSanctn(String sanctnDocId) throws Exception {
		SanctnVO vo = sanctnMapper.selectSanctnDoc(sanctnDocId);
		vo.setLineList(sanctnMapper.selectLineList(sanctnDocId));
		vo.setHistList(sanctnMapper.selectHistList(sanctnDocId));
		return vo;
	}

	@Override
	public String requestSanctn(SanctnVO vo) throws Exception {
		sanctnMapper.insertSanctnDoc(vo);
		sanctnMapper.insertLines(vo);
		vo.setSanctnSttus("D");
		sanctnMapper.insertHist(vo);
		return vo.getSanctnDocId();
	}

	@Override
	public void approve(SanctnVO vo) throws Exception {
		vo.setSanctnSttus("A");
		sanctnMapper.updateLine(vo);
		sanctnMapper.insertHist(vo);
		if (sanctnMapper.selectRemainLineCnt(vo.getSanctnDocId()) > 0) {
			sanctnMapper.updateNextLine(vo);
			return;
		}
		vo.setDocSttus("C");
		sanctnMapper.updateDocSttus(vo);
		if ("CVPL".equals(vo.getDocSe())) {
			cvplProcService.completeAnswer(vo.getSanctnDocId());
		}
	}

	@Override
	public void reject(SanctnVO vo) throws Exception {
		vo.setSanctnSttus("J");
		sanctnMapper.updateLine(vo);
		sanctnMapper.insertHist(vo);
		vo.setDocSttus("J");
		sanctnMapper.updateDocSttus(vo);
	}

}
