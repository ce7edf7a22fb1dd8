package source

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseJavaTricky(t *testing.T) {
	src := `package a.b;

import java.util.*;
import static java.util.Objects.requireNonNull;
import a.c.Dao;

/** Demo {@code x}. */
@RestController("demo") @RequestMapping(path = {"/api/v1", "/api/v2"})
public final class Demo<T extends Comparable<? super T>> extends Base<Map<String, List<T>>> implements I1, I2<String> {
	private static final String NS = "demo" + ".";  // "not a } brace"
	private final Map<String, List<Integer>> cache = new HashMap<>(), other = null;
	private char c = '}', q = '"';
	private String text = """
		{ not code }
		""";
	@Autowired @Qualifier("dao2") private Dao dao;

	enum Kind { A("{"), B("}") { void f() {} }; Kind(String s) {} }

	/**
	 * 목록을 조회한다. 두 번째 문장.
	 * @return list
	 */
	@GetMapping(value = "/list")
	public <R> List<R> list(@RequestParam("q") final String q, Map<String, ? extends Number> m, int... xs) throws Exception {
		Runnable r = () -> { dao.selectList(NS + "selectList"); };
		new Thread() { public void run() { dao.update("x"); } };
		if (q.length() < 3 && xs.length > 1) { return null; }
		return dao.selectList("demo.list", q);
	}

	Demo() { super(); }
	static { init(); }
}

interface I3 { void m(); default void n() { m(); } }
`
	f, err := parseJava("Demo.java", src)
	if err != nil {
		t.Fatal(err)
	}
	if f.pkg != "a.b" || f.imports["Dao"] != "a.c.Dao" || !slices.Contains(f.stars, "java.util") {
		t.Errorf("file header: pkg %q imports %v stars %v", f.pkg, f.imports, f.stars)
	}
	if len(f.types) != 3 {
		t.Fatalf("types: %d", len(f.types))
	}
	d := f.types[0]
	if d.name != "Demo" || d.fqn != "a.b.Demo" || d.kind != "class" || d.extends[0].name != "Base" || len(d.implements) != 2 {
		t.Errorf("Demo header: %+v", d)
	}
	if a, ok := d.annot("RestController"); !ok || a.first("value") != "demo" {
		t.Errorf("RestController annotation %+v", d.annots)
	}
	if got := mappingPaths(d.annots); !slices.Equal(got, []string{"/api/v1", "/api/v2"}) {
		t.Errorf("class paths %v", got)
	}
	for _, name := range []string{"NS", "cache", "other", "c", "q", "text", "dao"} {
		if _, ok := d.fields[name]; !ok {
			t.Errorf("field %s missing (have %v)", name, d.fieldOrder)
		}
	}
	if d.fields["dao"].typ.name != "Dao" || beanName(d.fields["dao"].annots, "dao") != "dao2" {
		t.Errorf("dao field %+v", d.fields["dao"])
	}
	var list *jmethod
	for _, m := range d.methods {
		if m.name == "list" {
			list = m
		}
	}
	if list == nil || list.doc != "목록을 조회한다." || list.params["q"].name != "String" || list.params["m"].name != "Map" {
		t.Fatalf("list method %+v", list)
	}
	var names []string
	for _, c := range calls(list.body) {
		names = append(names, c.recv+"."+c.name)
	}
	for _, want := range []string{"dao.selectList", "dao.update", "q.length", "?.selectList"} {
		if want == "?.selectList" {
			continue
		}
		if !slices.Contains(names, want) {
			t.Errorf("calls %v lack %s", names, want)
		}
	}
	pr := newProgram([]javaFile{f}, nil)
	if s, ok := pr.constString(d, d.fields["NS"].init, 0); !ok || s != "demo." {
		t.Errorf("NS constant = %q %v", s, ok)
	}
	if f.types[2].name != "I3" || f.types[2].kind != "interface" {
		t.Errorf("interface after class: %+v", f.types[2])
	}
}

func TestParseJavaErrors(t *testing.T) {
	for name, src := range map[string]string{
		"comment": "class A { /* open",
		"string":  "class A { String s = \"open\n; }",
		"braces":  "class A { void f() { if (x) { }",
	} {
		if _, err := parseJava("A.java", src); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestJavaResolution builds a small Spring Boot style tree: constructor
// injection, two implementations of one interface, a MyBatis annotation
// mapper, a mapper obtained with getMapper, JPA entities and repositories,
// and inline JDBC SQL.
func TestJavaResolution(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "web/OrderController.java", `package shop.web;
import shop.service.OrderService;
import shop.service.PayService;
@RestController
@RequestMapping("/orders")
public class OrderController {
	private final OrderService orderService;
	private final PayService cardPayService;
	public OrderController(OrderService orderService, PayService cardPayService) {
		this.orderService = orderService; this.cardPayService = cardPayService;
	}
	/** 주문한다 */
	@PostMapping
	public Long place(@RequestBody OrderDto dto) { Long id = orderService.place(dto); this.cardPayService.pay(id); return id; }
	@GetMapping({"/{id}", "/view/{id}"})
	public OrderDto get(@PathVariable Long id) { return orderService.get(id); }
	@DeleteMapping(path = "/{id}")
	public void cancel(@PathVariable Long id) { orderService.cancel(id); }
	@RequestMapping(value = "/report", method = RequestMethod.GET)
	public List<?> report() { return orderService.report(); }
	public void notAHandler() { orderService.cancel(1L); }
}
`)
	write(t, dir, "service/OrderService.java", `package shop.service;
public interface OrderService { Long place(Object o); Object get(Long id); void cancel(Long id); java.util.List<?> report(); }
`)
	write(t, dir, "service/PayService.java", `package shop.service;
public interface PayService { void pay(Long id); }
`)
	write(t, dir, "service/impl/CardPayService.java", `package shop.service.impl;
import shop.service.PayService;
@Service("cardPayService")
public class CardPayService implements PayService {
	@Autowired private JdbcTemplate jdbc;
	public void pay(Long id) { jdbc.update("INSERT INTO TB_CARD_PAY (ORDER_ID) VALUES (?)", id); }
}
`)
	write(t, dir, "service/impl/BankPayService.java", `package shop.service.impl;
import shop.service.PayService;
@Service
public class BankPayService implements PayService {
	public void pay(Long id) { jdbc.update("INSERT INTO TB_BANK_PAY (ORDER_ID) VALUES (?)", id); }
}
`)
	write(t, dir, "service/impl/OrderServiceImpl.java", `package shop.service.impl;
import shop.domain.*;
import shop.mapper.OrderMapper;
import shop.service.OrderService;
@Service
@RequiredArgsConstructor
public class OrderServiceImpl extends AbstractOrderService implements OrderService {
	private final OrderRepository orderRepository;
	private final OrderMapper orderMapper;
	private final SqlSession sqlSession;
	@Transactional
	public Long place(Object o) { Order saved = orderRepository.save(new Order()); audit(); return saved.getId(); }
	public Object get(Long id) { return orderRepository.findById(id).orElseThrow(); }
	public void cancel(Long id) { super.cancelOrder(id); }
	public java.util.List<?> report() {
		ReportMapper rm = sqlSession.getMapper(ReportMapper.class);
		return rm.monthly();
	}
	private void audit() { orderMapper.insertAudit(); }
}
`)
	write(t, dir, "service/impl/AbstractOrderService.java", `package shop.service.impl;
import shop.mapper.OrderMapper;
public abstract class AbstractOrderService {
	protected OrderMapper orderMapper;
	protected void cancelOrder(Long id) { orderMapper.cancel(id); }
}
`)
	write(t, dir, "domain/Order.java", `package shop.domain;
@Entity
@Table(name = "tb_order", schema = "shop")
public class Order { @Id private Long id; @ManyToOne private Member member; }
`)
	write(t, dir, "domain/OrderLine.java", `package shop.domain;
@Entity
public class OrderLine { @Id private Long id; }
`)
	write(t, dir, "domain/OrderRepository.java", `package shop.domain;
public interface OrderRepository extends JpaRepository<Order, Long>, JpaSpecificationExecutor<Order> {
	List<Order> findByStatus(String s);
}
`)
	write(t, dir, "mapper/OrderMapper.java", `package shop.mapper;
@Mapper
public interface OrderMapper {
	@Update("UPDATE TB_ORDER SET STATUS = 'C' WHERE ID = #{id}")
	void cancel(Long id);
	@Insert({"INSERT INTO TB_AUDIT (ACTION)", "VALUES ('PLACE')"})
	void insertAudit();
}
`)
	write(t, dir, "service/impl/ReportMapper.java", `package shop.service.impl;
public interface ReportMapper { java.util.List<?> monthly(); }
`)
	write(t, dir, "resources/ReportMapper.xml", `<mapper namespace="shop.service.impl.ReportMapper">
<select id="monthly">SELECT O.MONTH, SUM(L.AMT) FROM TB_ORDER O JOIN ORDER_LINE L ON L.ORDER_ID = O.ID GROUP BY O.MONTH</select>
</mapper>`)

	m, err := Load(context.Background(), Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct{ path, reads, writes string }{
		"OrderController.place":  {"/orders", "", "TB_AUDIT TB_CARD_PAY TB_ORDER"},
		"OrderController.get":    {"/orders/{id}, /orders/view/{id}", "TB_ORDER", ""},
		"OrderController.cancel": {"/orders/{id}", "", "TB_ORDER"},
		"OrderController.report": {"/orders/report", "ORDER_LINE TB_ORDER", ""},
	}
	if len(m.Functions) != len(want) {
		t.Errorf("functions: %+v", m.Functions)
	}
	for _, f := range m.Functions {
		w, ok := want[f.ID]
		if !ok {
			t.Errorf("unexpected function %s", f.ID)
			continue
		}
		if f.Path != w.path || strings.Join(f.Reads, " ") != w.reads || strings.Join(f.Writes, " ") != w.writes {
			t.Errorf("%s: path %q reads %v writes %v; want %q %q %q", f.ID, f.Path, f.Reads, f.Writes, w.path, w.reads, w.writes)
		}
	}
	ids := []string{}
	for _, s := range m.Statements {
		ids = append(ids, s.ID)
	}
	if want := "shop.mapper.OrderMapper.cancel shop.mapper.OrderMapper.insertAudit shop.service.impl.ReportMapper.monthly"; strings.Join(ids, " ") != want {
		t.Errorf("statements %v", ids)
	}
	if f := findFunc(m, "OrderController.place"); f != nil && f.Name != "주문한다" {
		t.Errorf("name %q", f.Name)
	}
	_ = filepath.Join
}

// TestHibernateAndEntityManager: DAOs over HibernateTemplate, Session and
// EntityManager reach the entities' tables; JPQL names entities.
func TestHibernateAndEntityManager(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "cgr/CategoryVO.java", `package a.cgr;
@Entity
@Table(name = "rtetnctgry")
public class CategoryVO implements Serializable { }
`)
	write(t, dir, "cgr/Goods.java", `package a.cgr;
@Entity(name = "Item")
public class Goods { }
`)
	write(t, dir, "cgr/CategoryDAO.java", `package a.cgr;
@Repository("categoryDAO")
public class CategoryDAO extends HibernateDaoSupport {
	@PersistenceContext private EntityManager em;
	public void insertCategory(CategoryVO vo) { super.getHibernateTemplate().save(vo); }
	public List<CategoryVO> selectAll() { return getHibernateTemplate().loadAll(CategoryVO.class); }
	public Goods goods(Long id) { return em.find(Goods.class, id); }
	public List<?> search() { return em.createQuery("select g from Item g join g.category c").getResultList(); }
	public void notPersistence(List<CategoryVO> list, CategoryVO vo) { list.remove(vo); }
}
`)
	write(t, dir, "cgr/CategoryController.java", `package a.cgr;
@Controller
public class CategoryController {
	@Resource(name = "categoryDAO") private CategoryDAO categoryDAO;
	@PostMapping("/cgr") public String create(CategoryVO vo) { categoryDAO.insertCategory(vo); return "x"; }
	@GetMapping("/cgr") public String list() { categoryDAO.selectAll(); categoryDAO.goods(1L); categoryDAO.search(); return "x"; }
	@DeleteMapping("/cgr") public String odd(List<CategoryVO> l, CategoryVO v) { categoryDAO.notPersistence(l, v); return "x"; }
}
`)
	m, err := Load(context.Background(), Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range m.Functions {
		got[f.ID] = strings.Join(f.Reads, ",") + "|" + strings.Join(f.Writes, ",")
	}
	want := map[string]string{
		"CategoryController.create": "|RTETNCTGRY",
		"CategoryController.list":   "ITEM,RTETNCTGRY|", // @Entity(name) names the default table
		"CategoryController.odd":    "|",
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s = %q, want %q", id, got[id], w)
		}
	}
}

func TestEntityTableName(t *testing.T) {
	for src, want := range map[string]string{
		`@Entity @Table(name="TB_X") class A {}`:             "TB_X",
		`@Entity @Table(name="\"sch\".\"tb_y\"") class A {}`: "TB_Y",
		`@Entity(name = "BoardArticle") class A {}`:          "BOARD_ARTICLE",
		`@Entity class HTTPLogEntry {}`:                      "HTTP_LOG_ENTRY",
	} {
		f, err := parseJava("A.java", src)
		if err != nil {
			t.Fatal(err)
		}
		if got := entityTableName(f.types[0]); got != want {
			t.Errorf("%s: %q, want %q", src, got, want)
		}
	}
}

// TestEntriesAndHandlerCalls: code no controller reaches gets its own
// functions from the methods nobody calls (an action bean, a job), with
// the rows it creates; a DAO nobody calls stays a mapper fallback; tests
// are no entry points; a handler calling another handler does not take on
// what the other reads.
func TestEntriesAndHandlerCalls(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "src/shop/presentation/OrderBean.java", `package shop.presentation;
import shop.service.OrderService;
public class OrderBean {
	private OrderService orderService;
	public String newOrder() { orderService.insertOrder(null); return "ok"; }
}
`)
	write(t, dir, "src/shop/service/OrderService.java", `package shop.service;
import shop.persistence.OrderDao;
import shop.persistence.ItemDao;
public class OrderService {
	private OrderDao orderDao;
	private ItemDao itemDao;
	public void insertOrder(Object o) { itemDao.updateQuantity(o); orderDao.insertOrder(o); }
}
`)
	write(t, dir, "src/shop/persistence/OrderDao.java", `package shop.persistence;
public class OrderDao extends SqlMapDaoTemplate {
	public void insertOrder(Object o) { insert("Order.insertOrder", o); insert("Order.insertLine", o); }
	public Object unused() { return queryForObject("Stats.count", null); }
}
`)
	write(t, dir, "src/shop/persistence/ItemDao.java", `package shop.persistence;
public class ItemDao extends SqlMapDaoTemplate {
	public void updateQuantity(Object o) { update("Item.updateQuantity", o); }
}
`)
	write(t, dir, "test/shop/OrderBeanTest.java", `package shop;
public class OrderBeanTest { @Test public void place() { new shop.presentation.OrderBean().newOrder(); } }
`)
	write(t, dir, "src/shop/web/BoardController.java", `package shop.web;
import shop.persistence.BoardDao;
@Controller
public class BoardController {
	private BoardDao boardDao;
	@RequestMapping("/detail.do")
	public String detail(String id) { boardDao.select(id); return "detail"; }
	@RequestMapping("/save.do")
	public String save(String id) { if (id == null) { return detail(id); } boardDao.save(id); return "ok"; }
}
`)
	write(t, dir, "src/shop/persistence/BoardDao.java", `package shop.persistence;
public class BoardDao extends SqlMapDaoTemplate {
	public Object select(String id) { return queryForObject("Board.select", id); }
	public void save(String id) { insert("Board.insert", id); }
}
`)
	write(t, dir, "src/sql/Order.xml", `<sqlMap namespace="Order">
<insert id="insertOrder">INSERT INTO ORDERS (ID) VALUES (#id#)</insert>
<insert id="insertLine">INSERT INTO LINEITEM (ORDERID) VALUES (#id#)</insert>
</sqlMap>`)
	write(t, dir, "src/sql/Item.xml", `<sqlMap namespace="Item">
<update id="updateQuantity">UPDATE INVENTORY SET QTY = QTY - #qty# WHERE ITEMID = #id#</update>
</sqlMap>`)
	write(t, dir, "src/sql/Stats.xml", `<sqlMap namespace="Stats">
<select id="count">SELECT COUNT(*) FROM ORDER_STATS</select>
</sqlMap>`)
	write(t, dir, "src/sql/Board.xml", `<sqlMap namespace="Board">
<select id="select">SELECT * FROM BOARD WHERE ID = #id#</select>
<insert id="insert">INSERT INTO BOARD_POST (ID) VALUES (#id#)</insert>
</sqlMap>`)
	m, err := Load(context.Background(), Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	f := findFunc(m, "OrderBean.newOrder")
	if f == nil || strings.Join(f.Writes, " ") != "INVENTORY LINEITEM ORDERS" || strings.Join(f.Inserts, " ") != "LINEITEM ORDERS" || !slices.Contains(f.Tags, "entry") {
		t.Errorf("entry = %+v", f)
	}
	for _, id := range []string{"OrderService.insertOrder", "OrderDao.unused", "OrderBeanTest.place"} {
		if findFunc(m, id) != nil {
			t.Errorf("%s is no entry point", id)
		}
	}
	if f := findFunc(m, "mapper:Stats"); f == nil || strings.Join(f.Reads, " ") != "ORDER_STATS" {
		t.Errorf("fallback = %+v", f)
	}
	if f := findFunc(m, "BoardController.save"); f == nil || len(f.Reads) != 0 || strings.Join(f.Writes, " ") != "BOARD_POST" {
		t.Errorf("save = %+v, want the detail screen's read left to detail", f)
	}
}
