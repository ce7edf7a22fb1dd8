package egovframework.cvpl.mber.service.impl;

import egovframework.cvpl.mber.service.MberService;
import egovframework.cvpl.mber.service.MberVO;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;
import org.egovframe.rte.fdl.cmmn.EgovAbstractServiceImpl;
import org.springframework.stereotype.Service;

/**
 * 회원 관리 서비스 구현
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
@Service("mberService")
public class MberServiceImpl extends EgovAbstractServiceImpl implements MberService {

	@Resource(name = "mberDAO")
	private MberDAO mberDAO;

	@Override
	public List<?> selectStplatList() throws Exception {
		return mberDAO.selectStplatList();
	}

	@Override
	public int checkIdDplct(String mberId) throws Exception {
		return mberDAO.selectIdDplct(mberId);
	}

	@Override
	public void insertMber(MberVO vo) throws Exception {
		mberDAO.insertMber(vo);
		mberDAO.insertAgre(vo);
	}

	@Override
	public MberVO selectMber(String mberId) throws Exception {
		return mberDAO.selectMber(mberId);
	}

	@Override
	public void updateMber(MberVO vo) throws Exception {
		mberDAO.updateMber(vo);
	}

	@Override
	public void updatePassword(MberVO vo) throws Exception {
		mberDAO.updatePassword(vo);
	}

	@Override
	public void secsn(String mberId) throws Exception {
		mberDAO.updateSecsn(mberId);
	}

}
