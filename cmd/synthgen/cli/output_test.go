package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// -o /dev/null, -o /dev/stdout or a named pipe must be written in place:
// the atomic temp-file-and-rename would replace the device or the pipe
// with a regular file (it once replaced this machine's /dev/null).
func TestOutputToANamedPipeIsWrittenInPlace(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "records.pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	got := make(chan []byte)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- b
	}()
	var stderr bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &stderr}
	if code := Run(context.Background(), e, []string{"generate", "customer", "-n", "5", "--seed", "1", "-q", "-o", fifo}); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var b []byte
	select {
	case b = <-got:
	case <-time.After(20 * time.Second):
		t.Fatal("nothing was written to the pipe: it was replaced, not opened")
	}
	if n := bytes.Count(b, []byte("\n")); n != 5 {
		t.Fatalf("the pipe's reader got %d records, want 5:\n%s", n, b)
	}
	fi, err := os.Lstat(fifo)
	if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("after the run %s is %v (%v), want the named pipe still", fifo, fi.Mode(), err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*tmp-*")); len(left) > 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}

// A symbolic link keeps pointing at its target, whose content is replaced.
func TestOutputThroughASymlinkReplacesItsTarget(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.ndjson")
	link := filepath.Join(dir, "link.ndjson")
	if err := os.WriteFile(target, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
	if err := writeFileAtomic(link, func(w io.Writer) error { _, err := io.WriteString(w, "new\n"); return err }); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Lstat(link)
	if err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("%s is no longer a symlink: %v %v", link, fi.Mode(), err)
	}
	if b, _ := os.ReadFile(target); string(b) != "new\n" {
		t.Fatalf("target holds %q, want the new content", b)
	}
}

// A regular file is still replaced atomically: a failed write leaves the
// old content and no temporary file.
func TestOutputToAFileIsAtomic(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "out.ndjson")
	if err := os.WriteFile(name, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := writeFileAtomic(name, func(w io.Writer) error {
		io.WriteString(w, "partial")
		return io.ErrUnexpectedEOF
	})
	if err == nil {
		t.Fatal("a failed write reported success")
	}
	if b, _ := os.ReadFile(name); string(b) != "old\n" {
		t.Fatalf("after a failed write the file holds %q, want the old content", b)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*tmp-*")); len(left) > 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}
