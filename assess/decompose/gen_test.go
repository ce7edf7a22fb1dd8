package decompose

import (
	"fmt"
	"math/rand/v2"
)

// genModel generates an application with planted structure: modules of
// tables sharing a name prefix, statements mostly within one module (a few
// reading another module's tables), hub tables (codes, users, files) read
// everywhere, and functions made of about three statements each, like a
// controller method calling a service calling DAOs.
func genModel(seed uint64, tables, statements int) (*Model, map[string]string) {
	rng := rand.New(rand.NewPCG(seed, 7))
	perModule := 12
	modules := tables / perModule
	if modules < 1 {
		modules = 1
	}
	hubs := []string{"TB_CMM_CODE", "TB_CMM_CODE_DTL", "TB_SYS_USER", "TB_CMM_ATCH_FILE"}
	m := &Model{}
	truth := map[string]string{}
	mod := make([][]string, modules)
	for i := 0; i < tables-len(hubs); i++ {
		k := i % modules
		name := fmt.Sprintf("TB_M%03d_T%03d", k, i/modules)
		mod[k] = append(mod[k], name)
		truth[name] = fmt.Sprintf("m%03d", k)
		m.Tables = append(m.Tables, Table{Name: name, Comment: fmt.Sprintf("업무%d 테이블%d", k, i/modules)})
	}
	for _, h := range hubs {
		m.Tables = append(m.Tables, Table{Name: h, Comment: "공통"})
	}
	pick := func(list []string) string { return list[rng.IntN(len(list))] }
	for s := 0; s < statements; s++ {
		k := rng.IntN(modules)
		st := Statement{ID: fmt.Sprintf("m%03d.stmt%05d", k, s), Reads: []string{}, Writes: []string{}}
		n := 1 + rng.IntN(3)
		write := rng.IntN(3) == 0
		for j := 0; j < n; j++ {
			t := pick(mod[k])
			if write && j == 0 {
				st.Writes = append(st.Writes, t)
			} else {
				st.Reads = append(st.Reads, t)
			}
		}
		if rng.IntN(10) == 0 && modules > 1 {
			st.Reads = append(st.Reads, pick(mod[rng.IntN(modules)]))
		}
		if rng.IntN(4) == 0 {
			st.Reads = append(st.Reads, pick(hubs))
		}
		m.Statements = append(m.Statements, st)
	}
	// Functions: consecutive statements of one module, three at a time.
	byModule := map[string][]Statement{}
	var keys []string
	for _, st := range m.Statements {
		k := st.ID[:4]
		if _, ok := byModule[k]; !ok {
			keys = append(keys, k)
		}
		byModule[k] = append(byModule[k], st)
	}
	for _, k := range keys {
		list := byModule[k]
		for i := 0; i < len(list); i += 3 {
			f := Function{ID: fmt.Sprintf("%s.fn%04d", k, i/3), Package: "kr.go.example." + k + ".web", Reads: []string{}, Writes: []string{}}
			for _, st := range list[i:min(i+3, len(list))] {
				f.Reads = append(f.Reads, st.Reads...)
				f.Writes = append(f.Writes, st.Writes...)
			}
			m.Functions = append(m.Functions, f)
		}
	}
	return m, truth
}
