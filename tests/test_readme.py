"""The README's commands are the ones that work: CI runs its test command, its options parse."""

import re
import shlex

from nnviz import paths
from nnviz.cli import _lesson_argument, build_parser

README = (paths.REPO_ROOT / "README.md").read_text(encoding="utf-8")
CI_RUN = (paths.REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")


def bash_blocks():
    return re.findall(r"```bash\n(.*?)```", README, flags=re.S)


def readme_test_command():
    return next(block.strip() for block in bash_blocks() if "pytest" in block)


def test_ci_runs_the_readmes_test_command_verbatim():
    command = readme_test_command()
    assert command in CI_RUN.splitlines()


def test_the_test_command_does_not_reuse_the_launch_commands_venv():
    launch = next(block for block in bash_blocks() if block.rstrip().endswith("nnviz"))
    launch_venv = re.search(r"venv (\S+)", launch)[1]
    test_venv = re.search(r"venv (\S+)", readme_test_command())[1]
    assert launch_venv != test_venv
    ignored = (paths.REPO_ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert f"{test_venv}/" in ignored


def test_the_apt_line_says_what_to_do_without_sudo():
    assert "Drop `sudo` when you are root" in " ".join(README.split())


def test_every_nnviz_command_in_the_readme_parses():
    commands = []
    for block in bash_blocks() + re.findall(r"```text\n(.*?)```", README, flags=re.S):
        text = re.sub(r"\\\n\s*", " ", block)
        for line in text.splitlines():
            match = re.search(r"\bnnviz (train|evaluate|predict|--)[^\n]*", line)
            if match:
                commands.append(match[0].split("   ")[0])  # the text block's comment column
    assert any(c.startswith("nnviz train --net") for c in commands), commands
    parser = build_parser()
    for command in commands:
        argv = [a for a in shlex.split(command)[1:] if not a.startswith("[")]
        if "..." in argv or any("[" in a or "]" in a for a in argv):
            continue  # a usage pattern, not a command
        parser.parse_args(_lesson_argument(argv))  # as main() does: nnviz LESSON.nnviz
    assert len(commands) >= 4


def _apt_packages(text: str) -> set[str]:
    joined = re.sub(r"\\\n\s*", " ", text)
    lines = [line for line in joined.splitlines() if "apt-get install" in line]
    return {
        word for line in lines for word in line.split() if re.fullmatch(r"[a-z0-9][\w.+-]+", word)
    }


def test_ci_installs_the_readmes_fonts_so_chinese_and_japanese_are_tested_as_users_see_them():
    readme_fonts = {p for p in _apt_packages(README) if p.startswith("fonts-")}
    ci_fonts = {p for p in _apt_packages(CI_RUN) if p.startswith("fonts-")}
    assert readme_fonts == ci_fonts == {"fonts-wqy-microhei", "fonts-noto-cjk"}
