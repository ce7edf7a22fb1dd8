package egovframework.cvpl.cmm.web;

import egovframework.cvpl.cmm.service.AccessLogVO;
import egovframework.cvpl.cmm.service.impl.AccessLogDAO;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 접속로그 조회 컨트롤러
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
@Controller
@RequestMapping("/sym/log")
public class AccessLogController {

	/** AccessLogDAO */
	@Resource(name = "accessLogDAO")
	private AccessLogDAO accessLogDAO;

	/**
	 * 접속로그 목록을 조회한다.
	 * @param searchVO 검색조건
	 * @return 화면 경로
	 * @throws Exception
	 */
	@RequestMapping("/accessLogList.do")
	public String accessLogList(AccessLogVO vo, ModelMap model) throws Exception {
		model.addAttribute("list", accessLogDAO.selectAccessLogList(vo));
		return "sym/log/accessLogList";
	}

}
