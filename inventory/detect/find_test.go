package detect

import (
	"reflect"
	"testing"
)

func TestFindFilesBounded(t *testing.T) {
	h := mapHost(map[string]string{
		"etc/tnsnames.ora": "",
		"u01/app/oracle/product/19.0.0/dbhome_1/network/admin/tnsnames.ora":         "",
		"u01/app/oracle/product/19.0.0/dbhome_1/network/admin/samples/tnsnames.ora": "",
		"proc/1/root/etc/tnsnames.ora":                                              "",
		"usr/lib/oracle/21/client64/tnsnames.ora":                                   "",
		"app/node_modules/x/tnsnames.ora":                                           "",
		"a/b/c/d/e/f/g/h/i/j/k/tnsnames.ora":                                        "",
	})
	got := findFiles(h, isTNSNames)
	want := []string{"etc/tnsnames.ora", "u01/app/oracle/product/19.0.0/dbhome_1/network/admin/tnsnames.ora"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
