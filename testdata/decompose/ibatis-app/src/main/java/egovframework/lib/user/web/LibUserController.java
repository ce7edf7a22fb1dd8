package egovframework.lib.user.web;

import egovframework.lib.user.service.*;
import egovframework.lib.user.service.LibUserService;
import javax.annotation.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 이용자(회원) 관리
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
@Controller
public class LibUserController {

    @Resource(name = "libUserService")
    protected LibUserService libUserService;

    /**
     * 회원 가입
     */
    @RequestMapping(value="/lib/user/joinUser.do")
    public String joinUser(UserVO userVO) throws Exception {
        libUserService.insertUser(userVO);
        return "lib/user/joinComplete";
    }

    /**
     * 내 정보
     */
    @RequestMapping(value="/lib/user/myInfo.do")
    public String myInfo(LoginVO user, ModelMap model) throws Exception {
        model.addAttribute("user", libUserService.selectUser(user.getId()));
        return "lib/user/myInfo";
    }

    /**
     * 내 정보 수정
     */
    @RequestMapping(value="/lib/user/updateMyInfo.do")
    public String updateMyInfo(UserVO userVO) throws Exception {
        libUserService.updateUser(userVO);
        return "redirect:/lib/user/myInfo.do";
    }

    /**
     * 회원증 재발급
     */
    @RequestMapping(value="/lib/user/reissueCard.do")
    public String reissueCard(UserVO userVO) throws Exception {
        libUserService.reissueCard(userVO);
        return "redirect:/lib/user/myInfo.do";
    }

    /**
     * 이용자 목록(관리자)
     */
    @RequestMapping(value="/lib/mng/user/userList.do")
    public String userList(UserVO userVO, ModelMap model) throws Exception {
        model.addAttribute("resultList", libUserService.selectUserList(userVO));
        return "lib/mng/user/userList";
    }

    /**
     * 이용자 등급 변경(관리자)
     */
    @RequestMapping(value="/lib/mng/user/updateGrad.do")
    public String updateGrad(UserVO userVO) throws Exception {
        libUserService.updateGrad(userVO);
        return "forward:/lib/mng/user/userList.do";
    }

    /**
     * 로그인
     */
    @RequestMapping(value={"/lib/uat/actionLogin.do", "/lib/uat/actionSecurityLogin.do"})
    public String actionLogin(LoginVO loginVO, HttpServletRequest request) throws Exception {
        LoginVO resultVO = libUserService.actionLogin(loginVO);
        request.getSession().setAttribute("loginVO", resultVO);
        return "redirect:/lib/main.do";
    }

}
