# SafePlan: `make run` starts the app, `make test` runs everything CI runs.
# Both set up what they need first: system libraries, a virtualenv with the
# exact versions in constraints.txt, and the compiled translations.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
SHIBOKEN_STAMP := $(VENV)/.shiboken-compiled-stamp
TS     := $(filter-out %_en.ts,$(wildcard resources/translations/*.ts))
# English needs a catalogue only for plural forms ("1 file", "2 files"): -pluralonly.
EN_TS  := resources/translations/calculator_en.ts
QM     := $(TS:.ts=.qm) $(EN_TS:.ts=.qm)
# Qt's own texts (file dialog, context menus, standard buttons) for the languages we ship,
# copied next to ours so that every build (the frozen one too) carries them in resources/.
QT_QM  := resources/translations/qtbase_ru.qm resources/translations/qtbase_kk.qm
SOURCES := $(shell find src -name '*.py')

.PHONY: run test lint dist smoke sysdeps setup translations i18n-extract i18n-compile wheel clean screenshots

run: setup
	$(PY) -m safeplan $(ARGS)

test: setup
	$(PY) -m ruff check src tests bench scripts
	$(MAKE) smoke
	$(PY) -m pytest

setup: sysdeps $(STAMP) $(SHIBOKEN_STAMP) translations

sysdeps:
	@bash scripts/sysdeps.sh

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

# PySide keeps its support modules as source inside the Shiboken library and compiles them
# at every start of every PySide program (~0.1 s of a 0.5 s start here); SBK_EMBED=0 writes
# them out as files once (PySide's own switch), compiled here so that starts read bytecode.
$(SHIBOKEN_STAMP): $(STAMP)
	SBK_EMBED=0 $(PY) -c 'import shiboken6'
	$(PY) -m compileall -q "$$($(PY) -c 'import shiboken6, pathlib; print(pathlib.Path(shiboken6.__file__).parent / "files.dir")')"
	@touch $@

# Translations: extract every tr() string into the .ts catalogues, compile them to .qm.
translations: i18n-compile

i18n-extract: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $(SOURCES) -ts $(TS)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -pluralonly $(SOURCES) -ts $(EN_TS)

i18n-compile: $(QM) $(QT_QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

resources/translations/qtbase_%.qm: $(STAMP)
	cp "$$($(PY) -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / "Qt" / "translations")')/qtbase_$*.qm" $@

# The frozen binary: one folder, dist/Calculator/, with the executable Calculator.
dist: setup dist/Calculator/Calculator

dist/Calculator/Calculator: build.spec scripts/frozen_entry.py $(SOURCES) $(QM) $(QT_QM) $(wildcard resources/*/*)
	@if [ -f dist/Calculator ]; then rm -f dist/Calculator; fi  # an old one-file build
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec

smoke: dist
	QT_QPA_PLATFORM=offscreen ./dist/Calculator/Calculator --smoke

wheel: setup
	$(PY) -m pip wheel --no-deps -w dist .

clean:
	rm -rf build dist $(VENV) resources/translations/*.qm

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots
