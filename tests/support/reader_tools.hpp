// The export tests' access to independent readers: Debian's /usr/bin/python3 (icalendar,
// openpyxl), rsvg-convert and zbarimg, run as child processes on files in a temporary folder.
// Usage: ScratchDir dir; auto path = dir.write("feed.ics", ics);
//        Run r = run({"/usr/bin/python3", "-c", script, path});
#pragma once

#include <string>
#include <vector>

namespace icity::test {

// A fresh folder under $TMPDIR (or /tmp), removed with its files.
class ScratchDir {
 public:
  ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  ~ScratchDir();

  const std::string& path() const { return path_; }
  // Writes `bytes` to path()/name and returns the file's path.
  std::string write(const std::string& name, const std::string& bytes) const;
  std::vector<std::string> files() const;

 private:
  std::string path_;
};

struct Run {
  int exit_code = -1;
  std::string out;  // stdout; stderr is passed through to the test's log
};

// Runs argv[0] (an absolute path) with the arguments as given: no shell, so no quoting.
Run run(const std::vector<std::string>& argv);

// Whether `path` is an executable file.
bool has_program(const std::string& path);
// Whether Debian's /usr/bin/python3 can import `module`.
bool has_python_module(const std::string& module);

inline constexpr const char* kPython = "/usr/bin/python3";  // not pyenv's python3 on PATH

}  // namespace icity::test
