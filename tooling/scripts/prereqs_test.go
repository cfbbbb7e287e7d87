// Package scripts holds the shell scripts the Makefile runs; its tests run
// them on this machine, with stand-ins on PATH for what they must not touch.
package scripts

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A fontconfig setup without a single font: the Chinese font is missing.
const noFonts = `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig></fontconfig>`

// prereqs runs test-prereqs.sh with the commands in fakes (name → shell
// script) ahead of the real ones on PATH, on a machine without Chromium nor
// a Chinese font when noBrowser; it returns the exit code, the output and
// what the fake apt-get was asked.
func prereqs(t *testing.T, fakes map[string]string, noBrowser bool) (int, string, string) {
	t.Helper()
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	aptLog := filepath.Join(dir, "apt.log")
	write(t, filepath.Join(bin, "apt-get"), "#!/bin/sh\necho \"apt-get $*\" >> "+aptLog+"\n", 0o755)
	for name, body := range fakes {
		write(t, filepath.Join(bin, name), "#!/bin/sh\n"+body+"\n", 0o755)
	}
	cmd := exec.Command("bash", "test-prereqs.sh")
	cmd.Env = append(os.Environ(), "PATH="+bin+":"+os.Getenv("PATH"))
	if noBrowser {
		fonts := filepath.Join(dir, "fonts.conf")
		write(t, fonts, noFonts, 0o644)
		cmd.Env = append(cmd.Env, "CHROMIUM=/nonexistent/chromium", "FONTCONFIG_FILE="+fonts)
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	code := 0
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatal(err)
		}
		code = exit.ExitCode()
	}
	asked, err := os.ReadFile(aptLog)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	return code, out.String(), string(asked)
}

func write(t *testing.T, path, body string, mode os.FileMode) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), mode); err != nil {
		t.Fatal(err)
	}
}

func TestPrereqs(t *testing.T) {
	for _, c := range []struct {
		name      string
		fakes     map[string]string
		noBrowser bool
		code      int
		says      string
		asked     string
	}{{
		name: "everything here: ok",
		says: "test prerequisites: ok (",
	}, {
		name:      "not root, no Chromium nor font: the exact command, nothing installed",
		fakes:     map[string]string{"id": "echo 1000"},
		noBrowser: true,
		code:      1,
		says:      "as root, run:\n  apt-get update && apt-get install -y chromium fonts-wqy-microhei\n",
	}, {
		name:      "root, no Chromium nor font: installed with apt",
		fakes:     map[string]string{"id": "echo 0"},
		noBrowser: true,
		// The fake apt-get installs nothing: the check after it fails.
		code:  1,
		says:  "installing chromium fonts-wqy-microhei",
		asked: "apt-get update -q\napt-get install -y -q chromium fonts-wqy-microhei\n",
	}, {
		name:  "Node too old",
		fakes: map[string]string{"node": "echo 20.18.1"},
		code:  1,
		says:  "Node 20.19 or later is needed; node is 20.18.1",
	}} {
		t.Run(c.name, func(t *testing.T) {
			code, out, asked := prereqs(t, c.fakes, c.noBrowser)
			if code != c.code || !strings.Contains(out, c.says) {
				t.Errorf("exit code %d, output:\n%s\nwant exit code %d and %q", code, out, c.code, c.says)
			}
			if asked != c.asked {
				t.Errorf("apt-get was asked:\n%s\nwant:\n%s", asked, c.asked)
			}
		})
	}
}
