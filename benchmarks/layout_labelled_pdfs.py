"""Furniture recall on PDFs nobody tuned for, labelled by where each line stands.

The labelled extracts in ``../shared/corpus/pdf-extracts/`` are six arXiv papers. This
script labels 206 more real documents the same way, from their layout rather than by
hand: the sample papers and guides that TeX Live's publisher classes ship (Debian's
``texlive-publishers-doc``: ACM, AAS, AMS, APA, Elsevier, IEEE, MNRAS, SAGE, two
Chinese theses...), each extracted with pdfminer, pdftotext, PyMuPDF and pypdf as the
corpus's were (pages joined as py-pdf/benchmarks joins them: form feeds from pdfminer
and pdftotext, a blank line after each of PyMuPDF's pages, a line break between pypdf's);
and, graded apart, PyMuPDF's pages joined with nothing between them (``UNJOINED``).

A line is labelled from PyMuPDF's boxes of its page:

- in a page's first or last two rows (lines sharing a baseline are one row), set
  apart from the rest by a gap wider than the page's usual line spacing, and in its
  top or bottom fifth: a ``page_number`` when it is the page's number (the number
  less the page's index the same on most pages), a ``running_head`` or
  ``running_foot`` when its text, figures aside, stands there on three pages or more;
- anywhere, the same text at the same place on half the pages or more (a side bar);
- each extractor's line is then matched against its own page's furniture (whole, in
  pieces, or run into a line of text at the page's edge: ``mixed``, not scored);
- a line no furniture label took, worded as a head or a foot of the document (its
  letters alone), is a ``heading``: the title a head repeats, a chapter's heading under
  its own head. The grader counts headings as content, and how many were kept.

The labels are a machine's, not a reader's: a line-numbered proof or a listing whose
lines are numbered gets some wrong. They are good enough to compare two versions of
the cleaner on the same files, which is what this is for. The documents are split in
two halves, L1 (developed on) and L2 (checked on), and more sets chosen once the rules
of a session were written, to check them: L3 (stop 29), L4 (stop 30), and L5 (stop 33):
every other document of the package, of 3 to 80 pages, whose lines are numbered in the
margin on most pages (a draft or a submission; only L1 had such drafts, AoM's proof and
AASTeX's sample; a second AoM sample is left out as the same class); and L6 (stop 59),
chosen by chance, not by kind: the package's PDFs of 3 to 80 pages outside L1 to L5,
shuffled by ``random.Random(59)``, the first twelve whose layout shows furniture on
three pages in five or more; and L7 (stop 60), chosen the same way outside L1 to L6
with ``random.Random(60)``, before any rule of that stop was written; L8 (stop 60,
``random.Random(61)``, outside L1 to L7), picked once that stop's rules were written, as
a check, and L9 (stop 61, ``random.Random(62)``, outside L1 to L8), labelled before any
rule of that stop; L10 (stop 62, ``random.Random(63)``, outside L1 to L9), labelled before
any rule of that stop, and L11 (``random.Random(64)``, outside L1 to L10), labelled once
two of its rules were written; L12 (stop 63, ``random.Random(65)``, outside L1 to L11),
labelled before any rule of that stop, L13 (``random.Random(66)``, outside L1 to
L12), labelled once two of its rules were committed, and L14 (``random.Random(67)``,
outside L1 to L13), labelled before its last rule; L15 (stop 64, ``random.Random(68)``,
outside L1 to L14), labelled before any rule of that stop, and L16
(``random.Random(69)``, outside L1 to L15), labelled once four were committed; L17 (stop
65, ``random.Random(70)``, outside L1 to L16), labelled before any rule of that stop, and
L18 (``random.Random(71)``, outside L1 to L17), labelled once two were written; L19 (stop
66, ``random.Random(72)``, outside L1 to L18), labelled before any rule of that stop, and
L20 (``random.Random(73)``, outside L1 to L19), labelled once its three rules were
written; L21 (stop 67, ``random.Random(74)``, outside L1 to L20), labelled before any rule
of that stop, L22 (``random.Random(75)``, outside L1 to L21), labelled once its five
rules were committed, and L23 (``random.Random(76)``, outside L1 to L22), labelled once
all six were; L24 (stop 68, ``random.Random(77)``, outside L1 to L23), labelled before any
rule of that stop, and L25 (``random.Random(78)``, outside L1 to L24), labelled once its
two rules were committed; L26 (stop 69, ``random.Random(79)``, outside L1 to L25),
labelled before any rule of that stop, and L27 (``random.Random(80)``, outside L1 to
L26), labelled once its three rules were committed; L28 (stop 70, ``random.Random(81)``,
outside L1 to L27), labelled before any rule of that stop, and L29 (``random.Random(82)``,
outside L1 to L28), labelled once its five rules were committed; L30 (stop 71,
``random.Random(83)``, outside L1 to L29), labelled before any rule of that stop, and L31
(``random.Random(84)``, outside L1 to L30), labelled once its five rules were committed,
and L32 (``random.Random(85)``, outside L1 to L31), labelled once its last rule, written
against L31's slides, was; L33 (stop 72, ``random.Random(86)``, outside L1 to L32), labelled
before any rule of that stop, L34 (``random.Random(87)``, outside L1 to L33), labelled
once its two rules were committed, and L35 (``random.Random(88)``, outside L1 to L34),
labelled once its third was: the six PDFs of 3 to 80 pages left that show furniture on
three pages in five, all there were; then L36 (``random.Random(89)``), twelve of the
package's PDFs of 81 to 160 pages outside L1 to L35, alike otherwise, labelled once the
stop's fourth rule was committed (chance picked ltxgrid four times over, the revtex
bundles' copies of one manual), and L37 (``random.Random(90)``, PDFs of 81 to 160 pages
outside L1 to L36), labelled once its fifth was, whose bgteubner manual then gave the
stop's last rule (a figure's panels printed alike); and L38 (stop 73), labelled before
any rule of that stop: every PDF of the package over 80 pages left outside L1 to L37
that shows furniture on three pages in five (twelve of fourteen, 81 to 311 pages); and L39
(stop 74, ``random.Random(91)``), labelled before any rule of that stop: twelve PDFs of 3 to
160 pages from two packages no set had drawn on (texlive-humanities-doc and
texlive-science-doc), alike otherwise; and L40 (``random.Random(92)``), twelve of those two
packages' PDFs of 20 to 400 pages outside L1 to L39, labelled with it; L41
(``random.Random(93)``, alike, outside L1 to L40), labelled once the stop's first rule was
committed, to check it on documents it was not written on (its hepnames manual then gave
the stop's second rule); and L42 (``random.Random(94)``, alike, outside L1 to L41),
labelled once the second was, and graded before and after both, as the check; and L43
(stop 75, ``random.Random(95)``, alike, outside L1 to L42), drawn once that stop's first two
rules were committed (its first rule's losses had been read in L42, which then checked its
second no more), and graded before and after them and the stop's later rules; and L44
(stop 78, ``random.Random(96)``, alike, outside L1 to L43), drawn once that stop's four
rules were committed, and graded before and after them; and L45 (stop 79,
``random.Random(97)``, alike, outside L1 to L44), drawn as that stop's first rule was
written, and graded before and after all its rules; and L46 (``random.Random(98)``, alike,
outside L1 to L45), drawn once the stop's fourth rule was read off L45, to check it, and
graded before and after all the stop's rules; and L47 (stop 80, ``random.Random(99)``,
alike, outside L1 to L46), drawn at that stop's start to check stop 79's fourth rule
again, and graded before and after the stop's rules (its second rule was then read off
L47); and L48 (``random.Random(100)``, alike, outside L1 to L47), drawn once the stop's
second rule was committed, to check the stop's rules; and L49 (stop 81,
``random.Random(101)``, alike, outside L1 to L48: eight documents, all the candidates left
that showed furniture), drawn at that stop's start and graded before and after its rules;
and L50 (``random.Random(102)``, ten documents of texlive-lang-chinese outside L1 to L49),
drawn to check the stop's second rule, which changed only Chinese documents and none of
L39 to L49, and graded before and after it. The hepnames manuals of L40, L41, L44
and L45 print one list several times over: the grader's alignment (difflib) pairs the
prints crosswise and counts hundreds of false removals where the cleaner removed page
numbers only; read those files' edits, not their figures.
Chance
picks other versions of
earlier documents too (revtex4-1's ``aip`` and ``ltxfront`` beside revtex's) and other
samples of earlier classes (llncsconf, nwejm, bgteubner). The shared corpus's grader
scores each.

Run: pip install '.[bench]'; apt install poppler-utils texlive-publishers-doc \
         texlive-humanities-doc texlive-science-doc texlive-lang-chinese
     python benchmarks/layout_labelled_pdfs.py [--work DIR] [--python PY]
"""

from __future__ import annotations

import argparse
import collections
import itertools
import re
import shlex
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

from _extractors import NAMES
from _extractors import pages as extract_pages

GRADER = (Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf-extracts"
          / "grade_furniture.py")
LATEX_DOCS = Path("/usr/share/doc/texlive-doc/latex")
DOCUMENTS = {
    "L1 (develop)": {
        "aastex": "aastex/sample631.pdf", "aom": "aomart/aomsample.pdf",
        "cje": "cje/cjeguide.pdf", "ejpecp": "ejpecp/ejpecp.pdf",
        "gzt": "gzt/french/gzt-fr.pdf", "ieeeconf": "ieeeconf/IEEEconf.pdf",
        "manptp": "ptptex/manptp.pdf", "nrc": "nrc/userguide.pdf",
        "sageep": "sageep/sageep.pdf", "testflow": "ieeetran/testflow_doc.pdf",
        "tugboat": "tugboat/tugboat.pdf"},
    "L2 (check)": {
        "acmsmall": "acmart/samples/sample-acmsmall.pdf", "apa7": "apa7/samples/longsample.pdf",
        "classic": "classicthesis/Examples/classicthesis-book.pdf",
        "elscas": "els-cas-templates/doc/elsdoc-cas.pdf", "elsdoc": "elsarticle/elsdoc.pdf",
        "hitsz": "hitszthesis/hitszthesis-master.pdf", "jmlr": "jmlr/jmlr.pdf",
        "mnras": "mnras/mnras_guide.pdf", "pracjourn": "pracjourn/pracjourn.pdf",
        "sigconf": "acmart/samples/sample-sigconf.pdf",
        "thu": "thuthesis/thuthesis-example.pdf"},
    "L3 (second check)": {  # chosen after the rules of this session were written
        "acmlarge": "acmart/samples/sample-acmlarge.pdf",
        "acmtog": "acmart/samples/sample-acmtog.pdf",
        "sigplan": "acmart/samples/sample-sigplan.pdf", "elstest": "elsarticle/elstest-1p.pdf",
        "aiaa": "aiaa/author_guide.pdf", "asmeconf": "asmeconf/asmeconf-template.pdf",
        "spie": "spie/article.pdf", "asmejour": "asmejour/asmejour-template.pdf",
        "uwthesis": "uwthesis/uwthesis.pdf", "york": "york-thesis/york-thesis.pdf",
        "njust": "njustthesis/njustthesis.pdf", "ieeepes": "ieeepes/ieeepes_doc.pdf"},
    "L4 (third check)": {  # chosen at stop 30, once its rules were written
        "apssamp": "revtex4-1/sample/aps/apssamp.pdf", "llncs": "llncs/llncsdoc.pdf",
        "quantum": "quantumarticle/quantum-template.pdf",
        "oup": "oup-authoring-template/oup-authoring-template.pdf",
        "auguide": "revtex4-1/auguide/auguide4-1.pdf", "ucbthesis": "ucbthesis/ucbthesis.pdf",
        "hagenberg": "hagenberg-thesis/examples/HgbThesisDE/main.pdf",
        "abntex": "abntex2/examples/abntex2-modelo-artigo.pdf",
        "ndsu": "ndsu-thesis-2022/ndsu-example.pdf", "seuthesis": "seuthesis/sample-master.pdf",
        "erdc": "erdc/sample.pdf", "gaceta": "gaceta/plantilla-articulo-de-seccion.pdf"},
    "L5 (drafts numbered in the margin)": {  # chosen at stop 33, after its line-number rule
        "acmsub": "acmart/samples/sample-acmsmall-submission.pdf",
        "acmdraft": "acmart/samples/sample-authordraft.pdf",
        "acmmanu": "acmart/samples/sample-manuscript.pdf",
        "msu": "msu-thesis/samples/MSU-thesis-testfile.pdf"},
    "L6 (chosen at random)": {  # stop 59: see the docstring
        "eustrep": "proposal/eu/strep/submit.pdf", "biosketch": "nih/example-biosketch.pdf",
        "sorsamp": "revtex/sample/sor/sorsamp.pdf",
        "msuchap": "msu-thesis/samples/MSU-thesis-chapterbib-testfile.pdf",
        "ltxdocext": "revtex/ltxdocext.pdf", "lni": "lni/lni.pdf",
        "minimalka": "schule/Beispiele/minimal-ka.pdf", "srvorl": "sr-vorl/sr-vorl.pdf",
        "cleandoc": "cleanthesis/doc/cleanthesis-doc.pdf", "nwejm": "nwejm/examples/issue.pdf",
        "llncsconf": "llncsconf/example/example_intended_nocrop.pdf",
        "umbruch": "bgteubner/umbruch1a.pdf"},
    "L7 (chosen at random)": {  # stop 60: see the docstring
        "uaclasses": "uaclasses/my-example.pdf", "fhac": "thesis-titlepage-fhac/fhACtitlepage.pdf",
        "ndsudoc": "ndsu-thesis-2022/ndsu-thesis-2022-documentation.pdf",
        "dfgreport": "proposal/dfg/report/finalreport.pdf",
        "jnuexam": "jnuexam/exam-a-a3split.pdf", "uiuc": "uiucthesis/uiucthesis.pdf",
        "powerdot": "powerdot-fuberlin/exampleClass.pdf", "aip": "revtex4-1/source/aip.pdf",
        "ltxutil": "revtex4/ltxutil.pdf", "propb": "proposal/eu/strep/propB.pdf",
        "minimalab": "schule/Beispiele/minimal-ab.pdf",
        "uantwerp": "uantwerpendocs/uantwerpenexam-example1.pdf"},
    "L8 (chosen at random)": {  # stop 60, as L7 with random.Random(61), outside L1 to L7
        "hust": "hustthesis/hustthesis.pdf", "univie": "univie-ling/univie-ling-thesis.pdf",
        "philimp": "philosophersimprint/sample.pdf", "scripture": "scripture/scripture.pdf",
        "ucdavis": "ucdavisthesis/ucdavisthesis.pdf", "ucsmono": "ucsmonograph/ucsmonograph.pdf",
        "resphil": "resphilosophica/resphilosophica.pdf", "icsv": "icsv/icsv.pdf",
        "thesiscover": "scientific-thesis-cover/scientific-thesis-cover.pdf",
        "whatsnew": "revtex4-1/auguide/whatsnew4-1.pdf",
        "jnuexamb": "jnuexam/exam-b-a3input.pdf", "cqu": "cquthesis/cquthesis.pdf"},
    "L9 (chosen at random)": {  # stop 61, as L7 with random.Random(62), outside L1 to L8
        "ltxfront": "revtex/ltxfront.pdf", "umbruch2a": "bgteubner/umbruch2a.pdf",
        "philimp2": "philosophersimprint/philosophersimprint.pdf",
        "pmlr": "jmlr/pmlr-sample.pdf", "estcpmm": "estcpmm/estcpmm.pdf",
        "schulekl": "schule/Beispiele/minimal-kl-et.pdf", "umbruch2": "bgteubner/umbruch2.pdf",
        "classicart": "classicthesis/Examples/classicthesis-article.pdf",
        "mucproc": "mucproc/mucproc.pdf", "aipsamp": "revtex4-1/sample/aip/aipsamp.pdf",
        "uestc": "uestcthesis/doc/uestcthesis-doc.pdf", "fei": "fei/fei.pdf"},
    "L10 (chosen at random)": {  # stop 62, as L7 with random.Random(63), outside L1 to L9
        "umbruch3a": "bgteubner/umbruch3a.pdf", "hepdoc": "hep-paper/hep-paper-documentation.pdf",
        "iscram": "iscram/iscram-class-doc.pdf", "ascexmpl": "ascelike/ascexmpl.pdf",
        "apa6": "apa6/apa6.pdf", "hfutexam": "hfutexam/hfutexam_simple.pdf",
        "mflogo": "mflogo/mflogo.pdf", "ltxfront41": "revtex4-1/ltxfront.pdf",
        "mentis": "mentis/mentis.pdf", "apsguide41": "revtex4-1/aps/apsguide4-1.pdf",
        "veronasb": "beamer-verona/beamer-verona-sidebar.pdf",
        "ifplatform": "ifplatform/ifplatform.pdf"},
    "L11 (chosen at random)": {  # stop 62, as L7 with random.Random(64), outside L1 to L10
        "acmconf": "acmconf/acmconf.pdf", "nwejmsample": "nwejm/examples/sample.pdf",
        "iodhbwm": "iodhbwm/examples/abstract/iodhbwm-auto-sections-with-abstract.pdf",
        "ithw": "thucoursework/ithw.pdf",
        "llncscrop": "llncsconf/example/example_intended_crop.pdf",
        "aip41": "revtex4-1/aip.pdf", "ekaia": "ekaia/ekaia.pdf",
        "aipguide42": "revtex/aip/aipguide4-2.pdf", "umbruch1": "bgteubner/umbruch1.pdf",
        "unigraz": "unigrazpub/DEMO-sammelband.pdf", "ebsthesis": "ebsthesis/ebsthesis.pdf",
        "dithesis": "dithesis/sampleNoArial.pdf"},
    "L12 (chosen at random)": {  # stop 63, as L7 with random.Random(65), outside L1 to L11
        "hagenbergpkg": "hagenberg-thesis/hagenberg-thesis.pdf",
        "afparticle": "afparticle/afparticle.pdf",
        "llncssub": "llncsconf/example/example_submitted_nocrop.pdf",
        "bfhci": "bfh-ci/DEMO-BFHPub.pdf", "acmlua": "acmart/samples/sample-lualatex.pdf",
        "aomsample": "aomart/aomsample1.pdf",
        "hepimpl": "hep-paper/hep-paper-implementation.pdf",
        "brandeis": "brandeis-dissertation/brandeis-dissertation.pdf",
        "brlex": "br-lex/brlex-doc.pdf", "nihbio": "nihbiosketch/example-nihbiosketch.pdf",
        "hfutexam3": "hfutexam/hfutexam.pdf", "se2thesis": "se2thesis/se2thesis.pdf"},
    "L13 (chosen at random)": {  # stop 63, as L7 with random.Random(66), outside L1 to L12
        "xduthesis": "xduthesis/xduthesis.pdf", "uothesis": "uothesis/uothesis.pdf",
        "veronadef": "beamer-verona/beamer-verona-default.pdf",
        "adfathesis": "adfathesis/adfathesis.pdf",
        "iodhbwmappx": "iodhbwm/examples/appendix/iodhbwm-appendix-auto.pdf",
        "llncsacc": "llncsconf/example/example_accepted_crop.pdf",
        "hitszdoctor": "hitszthesis/hitszthesis-doctor.pdf",
        "smffdoc": "smflatex/smf-fdoc.pdf", "bfhbeamer": "bfh-ci/DEMO-BFHBeamer-Sidebar.pdf",
        "langsciavm": "langsci-avm/langsci-avm.pdf", "cmpj": "cmpj/template.pdf",
        "hgbarticle": "hagenberg-thesis/examples/HgbArticle/main.pdf"},
    "L14 (chosen at random)": {  # stop 63, as L7 with random.Random(67), outside L1 to L13
        "schule": "schule/schule.pdf", "ftcnotebook": "ftc-notebook/example-notebook.pdf",
        "iodhbwmbib": "iodhbwm/examples/bibliography/iodhbwm-biblatex-style-option.pdf",
        "wsemclassic": "wsemclassic/wsemclassic.pdf", "geradwpfr": "geradwp/geradwp-fr.pdf",
        "mugsthesis": "mugsthesis/mugsthesis.pdf",
        "thuaslogosen": "thuaslogos/thuaslogos-doc-english.pdf",
        "schuleab": "schule/Beispiele/beispiel-ab.pdf",
        "powerdotfu": "powerdot-fuberlin/exampleStyle.pdf",
        "jnuexamb3": "jnuexam/exam-b-a3split.pdf", "veronafull": "beamer-verona/beamer-verona.pdf",
        "euproposal": "proposal/eu/euproposal.pdf"},
    "L15 (chosen at random)": {  # stop 64, as L7 with random.Random(68), outside L1 to L14
        "llncsnocrop": "llncsconf/example/example_accepted_nocrop.pdf",
        "schulelp": "schule/Beispiele/beispiel-leitprogramm.pdf",
        "nwejmen": "nwejm/english/nwejm-en.pdf", "elteik": "elteikthesis/elteikthesis_hu.pdf",
        "sapthesis": "sapthesis/sapthesis-doc.pdf",
        "asmewide": "asmejour/asmewide_example/asmejour-wide-equation-examples.pdf",
        "univiethde": "univie-ling/templates/template-thesis-deutsch.pdf", "tui": "tui/TUIdoc.pdf",
        "seuml": "seu-ml-assign/seu-ml-assign-doc.pdf", "ukbill": "ukbill/ukbill-documentation.pdf",
        "sigconfi13n": "acmart/samples/sample-sigconf-i13n.pdf",
        "opteng": "opteng/OptEngInstruct.pdf"},
    "L16 (chosen at random)": {  # stop 64, as L7 with random.Random(69), outside L1 to L15
        "univiepaper": "univie-ling/templates/template-paper-english.pdf",
        "llncsproccrop": "llncsconf/example/example_proceedings_crop.pdf",
        "imtekda": "imtekda/IMTEKda.pdf", "treatise": "tudscr/tutorials/treatise.pdf",
        "pkuthss": "pkuthss/pkuthss.pdf", "fcltxdoc": "fcltxdoc/fcltxdoc.pdf",
        "estcpmmsample": "estcpmm/sample.pdf",
        "asmegovt": "asmeconf/examples/GOVT-copyright-asmeconf-template.pdf",
        "apssamp42": "revtex/sample/aps/apssamp.pdf", "njuvisual": "njuvisual/njuvisual.pdf",
        "factbelge": "modeles-factures-belges-assocs/doc-modeles-factures-belges-assocs.pdf",
        "afpsample": "afparticle/afpsample.pdf"},
    "L17 (chosen at random)": {  # stop 65, as L7 with random.Random(70), outside L1 to L16
        "ejpecpsample": "ejpecp/sample.pdf",
        "acmbiblatex": "acmart/samples/sample-acmsmall-biblatex.pdf",
        "tudabeamer": "tuda-ci/DEMO-TUDaBeamer.pdf", "kdgdocs": "kdgdocs/kdgdocs.pdf",
        "pjsample": "pracjourn/pjsample.pdf", "thesisekf": "thesis-ekf/thesis-ekf.pdf",
        "abntdoc": "abnt/abnt-doc.pdf", "uspatentguide": "uspatent/PatentApplicationGuide.pdf",
        "iodhbwmlist": "iodhbwm/examples/listings/iodhbwm-listings-color.pdf",
        "thuaslogosnl": "thuaslogos/thuaslogos-doc-dutch.pdf",
        "abntex2doc": "abntex2/abntex2.pdf", "iodhbwmdoc": "iodhbwm/iodhbwm.pdf"},
    "L18 (chosen at random)": {  # stop 65, as L7 with random.Random(71), outside L1 to L17
        "umbruch3": "bgteubner/umbruch3.pdf", "navydocs": "navydocs/navydocs.pdf",
        "toptesi": "toptesi/toptesi-example.pdf",
        "acmxelatex": "acmart/samples/sample-xelatex.pdf", "brlexleis": "br-lex/leis-exemplo.pdf",
        "arsclassica": "classicthesis/Examples/classicthesis-arsclassica-book.pdf",
        "llncsplain": "llncsconf/example/example_llncs_nocrop.pdf",
        "ucdavisex": "ucdavisthesis/example/ucdavisthesis_example_main.pdf",
        "unitnreadme": "unitn-bimrep/README.pdf",
        "hitszbachelor": "hitszthesis/hitszthesis-bachelor.pdf",
        "bjfu": "bjfuthesis/example/thesis.pdf", "apa6e": "apa6e/apa6e.pdf"},
    "L19 (chosen at random)": {  # stop 66, as L7 with random.Random(72), outside L1 to L18
        "iodhbwmacro": "iodhbwm/examples/acronyms/iodhbwm-acro.pdf",
        "bmstuexample": "bmstu-iu8/bmstu-example.pdf", "qrbill": "qrbill/qrbill.pdf",
        "brandeisthesis": "brandeis-thesis/brandeis-thesis.pdf",
        "jnuexambempty": "jnuexam/exam-b-empty.pdf", "sphdthesis": "sphdthesis/SPhdThesis.pdf",
        "apsguide42": "revtex/aps/apsguide4-2.pdf", "mluexercise": "mluexercise/mluexercise.pdf",
        "matc3": "matc3/matc3.pdf", "xmuthesis": "xmuthesis/xmuthesis.pdf",
        "hgbtermreport": "hagenberg-thesis/examples/HgbTermReport/main.pdf",
        "bangorcs": "bangorcsthesis/bangorcsthesis.pdf"},
    "L20 (chosen at random)": {  # stop 66, as L7 with random.Random(73), outside L1 to L19
        "urbeamer": "urcls/URbeamer-DEMO.pdf", "fuberlinex": "beamer-fuberlin/exampleClass.pdf",
        "usnomencl": "stellenbosch/USnomencl-1.1.pdf", "auguide42": "revtex/auguide/auguide4-2.pdf",
        "acmsmallconf": "acmart/samples/sample-acmsmall-conf.pdf",
        "abntex2gloss": "abntex2/examples/abntex2-modelo-glossarios.pdf",
        "aapmsamp": "revtex/sample/aapm/aapmsamp.pdf", "pittetd": "pittetd/pittetd.pdf",
        "h2020manual": "h2020proposal/manual/h2020proposal.pdf", "smfedoc": "smflatex/smf-edoc.pdf",
        "iodhbwmbibcustom": "iodhbwm/examples/bibliography/iodhbwm-biblatex-custom-option.pdf",
        "thucoursework": "thucoursework/thucoursework.pdf"},
    "L21 (chosen at random)": {  # stop 67, as L7 with random.Random(74), outside L1 to L20
        "aomfrench": "aomart/aomfrench.pdf", "ijmsample": "ijmart/ijmsample.pdf",
        "ltxdocext4": "revtex4/ltxdocext.pdf",
        "nwejmgerman": "nwejm/examples/article-in-german.pdf",
        "prtectemplate": "prtec/PRTEC19-template.pdf", "aomart": "aomart/aomart.pdf",
        "nwejmdutch": "nwejm/examples/article-in-dutch.pdf",
        "gsemthesis": "gsemthesis/gsemthesis.pdf", "nddiss2e": "nddiss/nddiss2e.pdf",
        "ecothesiscap03": "ecothesis/capitulos/cap03/cap03.pdf",
        "utthesis": "ut-thesis/ut-thesis.pdf", "hobetedoc": "hobete/hobete_doc.pdf"},
    "L22 (chosen at random)": {  # stop 67, as L7 with random.Random(75), outside L1 to L21
        "chsphysics": "chs-physics-report/chs-physics-report.pdf",
        "srdpmathematik": "srdp-mathematik/srdp-mathematik.pdf",
        "topletter": "topletter/TOPletter.pdf", "univieling": "univie-ling/univie-ling-wlg.pdf",
        "dithesissample": "dithesis/sample.pdf", "hitszbeamer": "hitszbeamer/hitszbeamer.pdf",
        "cesenaexam": "cesenaexam/cesenaexam.pdf", "bfhbeamerdemo": "bfh-ci/DEMO-BFHBeamer.pdf",
        "elstest5p": "elsarticle/elstest-5p.pdf", "hecthese": "hecthese/hecthese.pdf",
        "kdpcover": "kdpcover/kdpcover.pdf", "elstest3pd": "elsarticle/elstest-3pd.pdf"},
    "L23 (chosen at random)": {  # stop 67, as L7 with random.Random(76), outside L1 to L22
        "musuos": "musuos/musuos.pdf", "dfgsubmit": "proposal/dfg/proposal/submit.pdf",
        "nwejmfr": "nwejm/french/nwejm-fr.pdf", "onrannual": "onrannual/skeleton.pdf",
        "lionmsc": "lion-msc/lion-msc.pdf", "apa7doc": "apa7/apa7.pdf",
        "kdgcoursetext": "kdgdocs/kdgcoursetext-example.pdf",
        "uiucthesis": "uiucthesis/thesis-ex.pdf",
        "hagenbergmanual": "hagenberg-thesis/examples/Manual/main.pdf",
        "uantwerpenexam2": "uantwerpendocs/uantwerpenexam-example2.pdf",
        "univieexpose": "univie-ling/univie-ling-expose.pdf",
        "quantumbibdemo": "quantumarticle/quantum-bibliographystyle-demo.pdf"},
    "L24 (chosen at random)": {  # stop 68, as L7 with random.Random(77), outside L1 to L23
        "ussummary": "stellenbosch/USsummary-1.0a.pdf", "uwacolours": "uwa-colours/uwa-colours.pdf",
        "ecothesiscap02": "ecothesis/capitulos/cap02/cap02.pdf",
        "wsemclassictest": "wsemclassic/wsemclassic-test.pdf",
        "uaexample": "uaclasses/ua-example.pdf", "urpagestyles": "urcls/URpagestyles-DEMO.pdf",
        "revtexsummary41": "revtex4-1/auguide/summary4-1.pdf",
        "confprocp005": "confproc/example/papers/p_005.pdf", "erdcmanual": "erdc/erdc.pdf",
        "univiethesisen": "univie-ling/templates/template-thesis-english.pdf",
        "hgblabreport": "hagenberg-thesis/examples/HgbLabReportEN/main.pdf",
        "llncsprocnocrop": "llncsconf/example/example_proceedings_nocrop.pdf"},
    "L25 (chosen at random)": {  # stop 68, as L7 with random.Random(78), outside L1 to L24
        "asmeconffontspec": "asmeconf/examples/asmeconf-fontspec.pdf",
        "hecthesen": "hecthese/hecthese-en.pdf", "jnuexama": "jnuexam/exam-a.pdf",
        "univieexposeen": "univie-ling/templates/template-expose-english.pdf",
        "aiaabasic": "aiaa/template_basic.pdf", "aipguide41": "revtex4-1/aip/aipguide4-1.pdf",
        "llncssubcrop": "llncsconf/example/example_submitted_crop.pdf",
        "ftcnotebookmain": "ftc-notebook/ftc-notebook.pdf",
        "rpsample": "resphilosophica/rpsample.pdf", "ijmart": "ijmart/ijmart.pdf",
        "mlacls": "mlacls/mla.pdf", "dfgproposal": "proposal/dfg/proposal/proposal.pdf"},
    "L26 (chosen at random)": {  # stop 69, as L7 with random.Random(79), outside L1 to L25
        "ryethesis": "ryethesis/ryethesis.pdf", "tlcarticle": "tlc-article/doc/tlc-article.pdf",
        "thubeamerexample": "thubeamer/thubeamer-example-en.pdf",
        "dfgproposaldoc": "proposal/dfg/dfgproposal.pdf",
        "usthesis": "stellenbosch/USthesis-5.0.pdf",
        "articleingud": "articleingud/articleingud.pdf", "thubeamerdoc": "thubeamer/thubeamer.pdf",
        "uhhassignment": "uhhassignment/uhhassignment.pdf",
        "unifithdoc": "unifith/unifith-doc.pdf", "uiucredborder": "uiucredborder/uiucredborder.pdf",
        "ukbillimmigration": "ukbill/immigration-bill.pdf", "ijsra": "ijsra/ijsra.pdf"},
    "L27 (chosen at random)": {  # stop 69, as L7 with random.Random(80), outside L1 to L26
        "elstest3p": "elsarticle/elstest-3p.pdf",
        "univielingpaper": "univie-ling/univie-ling-paper.pdf",
        "acmsigconfbiblatex": "acmart/samples/sample-sigconf-biblatex.pdf",
        "iodhbwmlistings": "iodhbwm/examples/listings/iodhbwm-listings.pdf",
        "oupauthoringdoc": "oup-authoring-template/doc/oup-authoring-template-doc.pdf",
        "uowthesistitlepage": "uowthesistitlepage/uowthesistitlepage_doc.pdf",
        "limecv": "limecv/limecv.pdf", "dfgpublic": "proposal/dfg/proposal/public.pdf",
        "bjnanohandbook": "beilstein/BJNANO_Technical_Handbook.pdf",
        "aiaaadvanced": "aiaa/template_advanced.pdf", "mcmthesisdoc": "mcmthesis/mcmthesis.pdf",
        "tudapub": "tuda-ci/DEMO-TUDaPub.pdf"},
    "L28 (chosen at random)": {  # stop 70, as L7 with random.Random(81), outside L1 to L27
        "brandeisproblemset": "brandeis-problemset/brandeis-problemset.pdf",
        "jnuexambsheet": "jnuexam/exam-b.pdf", "confprocp007": "confproc/example/papers/p_007.pdf",
        "schuleminimalkl": "schule/Beispiele/minimal-kl.pdf",
        "nwejmenglish": "nwejm/examples/article-in-english.pdf",
        "univielingdeutsch": "univie-ling/templates/template-paper-deutsch.pdf",
        "lpsdoc": "lps/lps.pdf", "revtexltxfront": "revtex4-1/source/ltxfront.pdf",
        "mcmthesisdemo": "mcmthesis/mcmthesis-demo.pdf",
        "msuthesisdoc": "msu-thesis/msu-thesis.pdf",
        "unbtexexample": "unbtex/unbtex-example.pdf", "seuthesisdoc": "seuthesis/seuthesis.pdf"},
    "L29 (chosen at random)": {  # stop 70, as L7 with random.Random(82), outside L1 to L28
        "ecothesis": "ecothesis/ecothesis.pdf", "tudaexercise": "tuda-ci/DEMO-TUDaExercise.pdf",
        "usbib": "stellenbosch/USbib-1.0.pdf",
        "bjfuthesisdoc": "bjfuthesis/documentation/bjfuthesis.pdf",
        "ulthesedoc": "ulthese/ulthese.pdf", "fuberlintheme": "beamer-fuberlin/exampleTheme.pdf",
        "bangorexam": "bangorexam/bangorexam.pdf",
        "revtexsummary42": "revtex/auguide/summary4-2.pdf",
        "tudscrmathtype": "tudscr/tutorials/mathtype.pdf",
        "tudscrmathswap": "tudscr/tutorials/mathswap.pdf", "ybbook": "yb-book/yb-book.pdf",
        "confprocp009": "confproc/example/papers/p_009.pdf"},
    "L30 (chosen at random)": {  # stop 71, as L7 with random.Random(83), outside L1 to L29
        "schulebeispielkl": "schule/Beispiele/beispiel-kl.pdf",
        "univielingexpose": "univie-ling/templates/template-expose-deutsch.pdf",
        "iodhbwmhyperref": "iodhbwm/examples/references/iodhbwm-hyperref.pdf",
        "revtexaipsamp": "revtex/sample/aip/aipsamp.pdf", "unizgklasa": "unizgklasa/example.pdf",
        "bfhfactsheet": "bfh-ci/DEMO-BFHFactsheet.pdf",
        "abntex2citealf": "abntex2/abntex2cite-alf.pdf", "injpsj2": "jpsj/injpsj2.pdf",
        "uantwerpenguide": "uantwerpendocs/beamerthemeuantwerpenuserguide.pdf",
        "sduthesisdoc": "sduthesis/sduthesis.pdf",
        "nwejmfrench": "nwejm/examples/article-in-french.pdf",
        "jnuexamaempty": "jnuexam/exam-a-empty.pdf"},
    "L31 (chosen at random)": {  # stop 71, as L7 with random.Random(84), outside L1 to L30
        "gfdldoc": "gfdl/gfdl.pdf", "hitszbeamermain": "hitszbeamer/main.pdf",
        "confprocp001": "confproc/example/papers/p_001.pdf",
        "brandeisexample": "brandeis-problemset/example.pdf", "aiaadoc": "aiaa/aiaa.pdf",
        "eustreppublic": "proposal/eu/strep/public.pdf",
        "thucourseworkiihw": "thucoursework/iihw.pdf",
        "h2020ict": "h2020proposal/template-ict/template-ict.pdf",
        "uspatentapplication": "uspatent/PatentApplication.pdf",
        "activeconf": "active-conf/active-conf.pdf", "seuthesixrules": "seuthesix/rules.pdf",
        "thubeamerexamplezh": "thubeamer/thubeamer-example.pdf"},
    "L32 (chosen at random)": {  # stop 71, as L7 with random.Random(85), outside L1 to L31
        "tugboatltubguid": "tugboat/ltubguid.pdf", "timbreicmc": "timbreicmc/timbreicmc.pdf",
        "schuleminimalabdev": "schule/Beispiele/minimal-ab-dev.pdf",
        "univielinghandout": "univie-ling/univie-ling-handout.pdf",
        "llncsconfcrop": "llncsconf/example/example_llncs_crop.pdf",
        "gacetaplantilla": "gaceta/plantilla-articulo-suelto.pdf",
        "matc3memdoc": "matc3mem/matc3mem.pdf",
        "udesgeniethese": "udes-genie-these/udes-genie-these.pdf",
        "hitszthesisdoc": "hitszthesis/hitszthesis.pdf",
        "elstest1pdoubleblind": "elsarticle/elstest-1pdoubleblind.pdf",
        "fcavtexmanual": "fcavtex/manual/fcavtex.pdf",
        "elteikthesisen": "elteikthesis/elteikthesis_en.pdf"},
    "L33 (chosen at random)": {  # stop 72, as L7 with random.Random(86), outside L1 to L32
        "nostarchdoc": "nostarch/nostarch.pdf",
        "h2020fettemplate": "h2020proposal/template-fet/template-fet.pdf",
        "iodhbwmpartnaming": "iodhbwm/examples/customizing/iodhbwm-replace-part-naming.pdf",
        "abntextomanual": "abntexto/abntexto-manual.pdf",
        "bmstuexamples": "bmstu/examples/examples.pdf", "aiaapre2004": "aiaa/pre2004/aiaa.pdf",
        "toptesisss": "toptesi/toptesi-example-sss.pdf",
        "revtex41ltxdocext": "revtex4-1/source/ltxdocext.pdf",
        "confprocp003": "confproc/example/papers/p_003.pdf",
        "quantumarticledoc": "quantumarticle/quantumarticle.pdf",
        "iodhbwmromannumbers": "iodhbwm/examples/customizing/iodhbwm-roman-numbers.pdf",
        "asmeconfwidetext":
            "asmeconf/examples/asmeconf-wide-equation-example/asmeconf-template-widetext.pdf"},
    "L34 (chosen at random)": {  # stop 72, as L7 with random.Random(87), outside L1 to L33
        "stellenboschustitle": "stellenbosch/UStitle-1.0.pdf", "geradwpdoc": "geradwp/geradwp.pdf",
        "toptesifrontespizio": "toptesi/toptesi-example-con-frontespizio.pdf",
        "fbithesisdoc": "fbithesis/fbithesis.pdf",
        "asmeconfauthorgrid": "asmeconf/examples/asmeconf-authorgrid-example.pdf",
        "dccpaperdoc": "dccpaper/dccpaper.pdf", "aguplusdoc": "aguplus/aguplus.pdf",
        "mulingdoc": "muling/muling.pdf", "jnuexama3input": "jnuexam/exam-a-a3input.pdf",
        "iodhbwmappendix": "iodhbwm/examples/appendix/iodhbwm-appendix.pdf",
        "acmguide": "acmart/acmguide.pdf", "revtex41ltxdocextroot": "revtex4-1/ltxdocext.pdf"},
    "L35 (chosen at random)": {  # stop 72, as L7 with random.Random(88): the six left
        "kspthesisdoc": "ksp-thesis/ksp-thesis.pdf", "ndsuthesisdoc": "ndsu-thesis/ndsu-thesis.pdf",
        "asaetrdoc": "asaetr/asaetr.pdf",
        "asmecontractor": "asmeconf/examples/CONTRACTOR-copyright-asmeconf-template.pdf",
        "scrjrnldoc": "scrjrnl/scrjrnl.pdf", "mlaexample": "mlacls/mla-example.pdf"},
    "L36 (chosen at random)": {  # stop 72, random.Random(89), PDFs of 81 to 160 pages
        "ltxgrid41": "revtex4-1/ltxgrid.pdf", "nwafuthesisdoc": "nwafuthesis/nwafuthesis.pdf",
        "thuthesisdoc": "thuthesis/thuthesis.pdf",
        "uantwerpendocsdoc": "uantwerpendocs/uantwerpendocs.pdf",
        "ltxgrid4": "revtex4/ltxgrid.pdf", "ltxgridrevtex": "revtex/ltxgrid.pdf",
        "abntex2cite": "abntex2/abntex2cite.pdf", "emisadoc": "emisa/emisa.pdf",
        "ltxgrid41source": "revtex4-1/source/ltxgrid.pdf", "ltxutilrevtex": "revtex/ltxutil.pdf",
        "bgteubnerdoc": "bgteubner/bgteucls.pdf", "revtex4doc": "revtex4/revtex4.pdf"},
    "L37 (chosen at random)": {  # stop 72, random.Random(90), PDFs of 81 to 160 pages
        "suftesidoc": "suftesi/suftesi.pdf", "toptesidoc": "toptesi/toptesi.pdf",
        "njuthesisdoc": "njuthesis/njuthesis.pdf", "bgteubnermanual": "bgteubner/bgteubner.pdf",
        "yathesisspecimen": "yathesis/french/exemples/specimen/a-plat/these.pdf",
        "hgbthesistutorial": "hagenberg-thesis/examples/HgbThesisTutorial/main.pdf",
        "confprocdoc": "confproc/confproc.pdf",
        "unamthlatexintro": "unamth-template/latex_intro.pdf",
        "aip42revtex": "revtex/aip4-2.pdf", "ltxutil41": "revtex4-1/ltxutil.pdf",
        "ndsuthesisextended": "ndsu-thesis-2022/NDSU-Thesis-Extended.pdf",
        "acmartdoc": "acmart/acmart.pdf"},
    "L38 (the last of them)": {  # stop 73: every PDF of over 80 pages left that shows furniture
        "yathesiscode": "yathesis/french/code/yathesis-code.pdf",
        "yathesisfr": "yathesis/french/documentation/yathesis-fr.pdf",
        "revtex42doc": "revtex/revtex4-2.pdf",
        "hagenbergtutorial": "hagenberg-thesis/hagenberg-thesis-tutorial.pdf",
        "revtex41doc": "revtex4-1/revtex4-1.pdf", "toptesiit": "toptesi/toptesi-it.pdf",
        "revtex41source": "revtex4-1/source/revtex4-1.pdf",
        "ltxutil41source": "revtex4-1/source/ltxutil.pdf",
        "tudscrsource": "tudscr/tudscrsource.pdf", "tudscrprint": "tudscr/tudscr_print.pdf",
        "gztcode": "gzt/english/gzt-code.pdf", "tudscrdoc": "tudscr/tudscr.pdf"},
    "L39 (other packages)": {  # stop 74: texlive-humanities-doc and texlive-science-doc
        "glosmathtools": "glosmathtools/sample_glosmathtools_en.pdf",
        "cascade": "cascade/cascade.pdf",
        "eledparpagetitles":
            "eledmac/examples/4-eledpar_page_titles_in_line_numbering_with_notes.pdf",
        "algorithmicx": "algorithmicx/algorithmicx.pdf",
        "chemschemex": "chemschemex/chemschemex.pdf",
        "proofattheend": "proof-at-the-end/proof-at-the-end_demo.pdf",
        "functan": "functan/functan.pdf", "gotoh": "gotoh/gotoh.pdf",
        "twelvemany": "12many/12many.pdf", "steinmetz": "steinmetz/steinmetz.pdf",
        "thalie": "thalie/thalie.pdf", "structmech": "structmech/structmech.pdf"},
    "L40 (other packages, longer)": {  # stop 74: the same two packages, 20 to 400 pages
        "prftree": "prftree/prftreedoc.pdf", "dramatist": "dramatist/dramatist.pdf",
        "axodraw": "axodraw2/axodraw2-man.pdf", "recthy": "rec-thy/rec-thy.pdf",
        "siunits": "siunits/SIunits.pdf", "hepnicenames": "hepnames/hepnicenames-rm.pdf",
        "numericatables": "numerica-tables/numerica-tables.pdf",
        "numerica": "numerica/numerica.pdf", "mecaso": "mecaso/mecaso.pdf",
        "nicematrixfr": "nicematrix/nicematrix-french.pdf", "ebproof": "ebproof/ebproof.pdf",
        "ribbonproofs": "ribbonproofs/ribbonproofsmanual.pdf"},
    "L41 (other packages)": {  # stop 74: alike, labelled after the first rule
        "engtlc": "engtlc/engtlc.pdf", "heppennames": "hepnames/heppennames-rm.pdf",
        "algxpar": "algxpar/algxpar.pdf", "nathguide": "nath/nathguide.pdf",
        "sankey": "sankey/sankey.pdf", "yquant": "yquant/yquant-doc.pdf",
        "textopo": "textopo/textopo.pdf", "poetry": "poetry/poetry.pdf",
        "scratchx": "scratchx/Explications_ScratchX.pdf", "xyling": "xyling/xyli-doc.pdf",
        "ionumbers": "ionumbers/ionumbers.pdf", "rmathbr": "rmathbr/rmathbr.pdf"},
    "L42 (other packages, check)": {  # stop 74: alike, graded before and after the rules
        "physconst": "physconst/physconst.pdf", "siunitx": "siunitx/siunitx.pdf",
        "complexity": "computational-complexity/cc.pdf",
        "sesamath": "sesamanuel/sesamath-doc-fr.pdf", "chemobabel": "chemobabel/chemobabel-en.pdf",
        "ytableau": "ytableau/ytableau.pdf", "jmgerdoc": "juramisc/doc/jmgerdoc.pdf",
        "covington": "covington/covington.pdf", "pseudo": "pseudo/doc/pseudo.pdf",
        "eledmac": "eledmac/eledmac.pdf", "karnaughmap": "karnaughmap/karnaughmap.pdf",
        "cryptocode": "cryptocode/cryptocode.pdf"},
    "L43 (other packages, check)": {  # stop 75: alike, drawn once two rules were committed
        "euclideangeometry": "euclideangeometry/euclideangeometry-man.pdf",
        "binomexp": "binomexp/binomexp.pdf", "faktor": "faktor/faktor.pdf",
        "lingmacros": "ling-macros/ling-macros-doc.pdf", "skmath": "skmath/skmath.pdf",
        "struktex": "struktex/struktex.de.pdf", "eledform": "eledform/eledform.pdf",
        "theatre": "theatre/doc/Help_Theatre.pdf", "textglos": "textglos/textglos.pdf",
        "sides": "sides/sides-sample.pdf", "chemexec": "chemexec/chemexec_en.pdf",
        "eledpartitles": "eledmac/examples/4-eledpar_titles_not_in_line_numbering.pdf"},
    "L44 (other packages, check)": {  # stop 78: alike, drawn once four rules were committed
        "mathpartir": "mathpartir/mathpartir.pdf", "tablor": "tablor/tablor.pdf",
        "overarrows": "overarrows/overarrows.pdf", "sesamanuel": "sesamanuel/sesamanuel.pdf",
        "statistics": "statistics/statistics.pdf", "itengtlc": "engtlc/itengtlc.pdf",
        "sistyle23a": "sistyle/SIstyle-2.3a.pdf", "diffcoeff4": "diffcoeff/diffcoeff4.pdf",
        "zxcalculus": "zx-calculus/zx-calculus.pdf",
        "hepnicenamesit": "hepnames/hepnicenames-it.pdf", "verse": "verse/verse.pdf",
        "thermodynamics": "thermodynamics/thermodynamics.pdf"},
    "L45 (other packages, check)": {  # stop 79: alike, drawn as its first rule was written
        "algorithm2e": "algorithm2e/algorithm2e.pdf", "ledarab": "ledmac/ledarab.pdf",
        "jmgerdocscr": "juramisc/doc/jmgerdoc_scr.pdf", "screenplay": "screenplay/screenplay.pdf",
        "chemmacrosmanual": "chemmacros/chemmacros-manual.pdf", "metrix": "metrix/metrix.pdf",
        "mathsemanticsdocumentation": "mathsemantics/mathsemantics-documentation.pdf",
        "poemscol": "poemscol/poemscol.pdf", "adtreesdoc": "adtrees/adtreesdoc.pdf",
        "heppennamesit": "hepnames/heppennames-it.pdf",
        "chemformulamanual": "chemformula/chemformula-manual.pdf",
        "ghsystemmanual": "ghsystem/ghsystem-manual.pdf"},
    "L46 (other packages, check)": {  # stop 79: alike, drawn to check its fourth rule
        "chairxmath": "nchairx/chairxmath.pdf", "pfdiconsdoc": "pfdicons/pfdicons-doc.pdf",
        "reledpar": "reledmac/reledpar.pdf", "bodeplot": "bodeplot/bodeplot.pdf",
        "siunitxcode": "siunitx/siunitx-code.pdf", "ulqda": "ulqda/ulqda.pdf",
        "liehasse": "lie-hasse/lie-hasse.pdf", "ccool": "ccool/ccool.pdf",
        "kvdoc": "karnaugh/kvdoc.pdf", "bytefield": "bytefield/bytefield.pdf",
        "chemnumen": "chemnum/chemnum_en.pdf", "pmisomath": "pm-isomath/pm-isomath.pdf"},
    "L47 (other packages, check)": {  # stop 80: alike, drawn to check stop 79's fourth rule
        "hepthesis": "hepthesis/hepthesis.pdf", "numericaplus": "numerica-plus/numerica-plus.pdf",
        "diadia": "diadia/diadia.pdf", "spalign": "spalign/spalign.pdf",
        "ledmac": "ledmac/ledmac.pdf", "causets": "causets/causets.pdf",
        "biblerefmouth": "bibleref-mouth/bibleref-mouth.pdf", "ledpar": "ledmac/ledpar.pdf",
        "nchairx": "nchairx/nchairx.pdf", "apxproof": "apxproof/apxproof.pdf",
        "prooftrees": "prooftrees/prooftrees.pdf", "jura": "jura/jura.pdf"},
    "L48 (other packages, check)": {  # stop 80: alike, drawn to check the stop's rules
        "diffcoeff": "diffcoeff/diffcoeff.pdf", "physunits": "physunits/physunits.pdf",
        "struktexen": "struktex/struktex.en.pdf",
        "explanationsscratchx": "scratchx/Explanations_ScratchX.pdf",
        "eolang": "eolang/eolang.pdf", "poetrytex": "poetrytex/poetrytex.pdf",
        "mathcommand": "mathcommand/mathcommand.pdf", "stanli": "stanli/stanli.pdf",
        "nicematrix": "nicematrix/nicematrix.pdf", "eledpar": "eledmac/eledpar.pdf",
        "endiagramen": "endiagram/endiagram_en.pdf", "rank2roots": "rank-2-roots/rank-2-roots.pdf"},
    "L49 (other packages, check)": {  # stop 81: alike, drawn at the stop's start
        "matlabprettifier": "matlab-prettifier/matlab-prettifier.pdf",
        "mhchem": "mhchem/mhchem.pdf", "hepnames": "hepnames/hepnames.pdf",
        "chemplantsdoc": "chemplants/chemplants-doc.pdf",
        "chemobabelja": "chemobabel/chemobabel-ja.pdf",
        "substancesen": "substances/substances_en.pdf", "envmath": "bosisio/envmath.pdf",
        "isomath": "isomath/isomath.pdf"},
    "L50 (Chinese, check)": {  # stop 81: texlive-lang-chinese, drawn to check a CJK rule
        "ctexfaq": "ctex-faq/ctex-faq.pdf", "cquexample": "texproposal/figures/CQU-Example.pdf",
        "installlatexguidezhcn":
            "install-latex-guide-zh-cn/install-latex-guide-zh-cn.pdf",
        "ctex": "ctex/ctex.pdf", "njurepo": "njurepo/njurepo.pdf",
        "texproposal": "texproposal/texproposal.pdf",
        "lshortzhcn": "lshort-chinese/lshort-zh-cn.pdf", "zhnumber": "zhnumber/zhnumber.pdf",
        "njurepoexample": "njurepo/example.pdf", "fduthesiscode": "fduthesis/fduthesis-code.pdf"},
}
HYPHENS = "-\u00ad\u2010\u2011\u2012\u2013\u2014\u2212"
EDGE_ROWS = 2  # the rows at a page's top and bottom where furniture stands
APART = 1.3  # furniture stands this much farther from the text than its lines do
BAND = 0.2  # ...and in this top or bottom share of the page
MIN_PAGES = 3  # furniture's text stands on this many pages
SIDE_SHARE = 0.5  # the same text at the same place on this share of the pages: a side bar
EDGE_LINES = 4  # an extractor's first and last lines of a page, where pieces are matched
HEADING_MIN_LETTERS = 5  # a line of content worded as a head is a heading (or the title)
JOINERS = {"pdfminer": "", "pdftotext": "", "pymupdf": "\n", "pypdf": "\n"}  # as the corpus
# PyMuPDF's pages joined with nothing between them, as ``"".join`` of its pages (and
# benchmarks/unseen_pdfs.py) gives them: nothing marks the pages. Graded apart, so that
# the sets' figures stay comparable with those before it was added.
UNJOINED = "pymupdf-unjoined"

Line = tuple[str, float, float, float]  # text, top, bottom, left


def fold(text: str) -> str:
    """NFKC, without spaces, hyphens and control characters (as the grader folds)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(char for char in text if not char.isspace() and char not in HYPHENS
                   and not unicodedata.category(char).startswith("C"))


def shape(text: str) -> str:
    return re.sub(r"\d+", "#", fold(text)).lower()


def layout(pdf: Path) -> list[tuple[float, list[Line]]]:
    """Each page's height and lines, with their boxes, as PyMuPDF reads them."""
    import pymupdf
    pages = []
    with pymupdf.open(pdf) as document:
        for page in document:
            lines = []
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    text = "".join(span["text"] for span in line["spans"]).strip()
                    if text:
                        box = line["bbox"]
                        lines.append((text, box[1], box[3], box[0]))
            pages.append((page.rect.height, lines))
    return pages


def _edge_lines(height: float, lines: list[Line]) -> tuple[list[str], list[str]]:
    """The texts of a page's top and bottom rows that stand apart from its text."""
    rows: list[list[float]] = []
    for bottom in sorted(line[2] for line in lines):
        if rows and bottom - rows[-1][-1] <= 3:
            rows[-1].append(bottom)
        else:
            rows.append([bottom])
    centres = [sum(row) / len(row) for row in rows]
    gaps = sorted(b - a for a, b in itertools.pairwise(centres))
    usual = gaps[len(gaps) // 2] if gaps else 0.0

    def apart(i: int, j: int) -> bool:
        return min(i, j) >= 0 and max(i, j) < len(centres) and \
            abs(centres[j] - centres[i]) > APART * usual

    count = len(centres)
    top = [0] if apart(0, 1) else [0, 1] if apart(1, 2) else []
    bottom = [count - 1] if apart(count - 1, count - 2) else \
        [count - 2, count - 1] if apart(count - 2, count - 3) else []
    top_ys = {y for i in top[:EDGE_ROWS] for y in rows[i]}
    bottom_ys = {y for i in bottom[-EDGE_ROWS:] for y in rows[i]} - top_ys
    return ([text for text, _, low, _ in lines if low in top_ys and low <= BAND * height],
            [text for text, high, low, _ in lines
             if low in bottom_ys and high >= (1 - BAND) * height])


def furniture(pages: list[tuple[float, list[Line]]]) -> list[dict[str, str]]:
    """For each page, its furniture: folded text -> label."""
    edges = [_edge_lines(height, lines) for height, lines in pages]
    recurring: collections.Counter[str] = collections.Counter()
    offsets: collections.Counter[int] = collections.Counter()
    placed: collections.Counter[tuple[str, int, int]] = collections.Counter()
    for index, ((top, bottom), (_, lines)) in enumerate(zip(edges, pages, strict=True)):
        recurring.update({shape(text) for text in top + bottom})
        offsets.update(int(fold(text)) - index for text in top + bottom
                       if re.fullmatch(r"\d+", fold(text)))
        placed.update({(shape(text), round(left / 2), round(high / 2))
                       for text, high, _, left in lines})
    offset = offsets.most_common(1)[0][0] if offsets else None
    sides = {key for key, count in placed.items()
             if count >= MIN_PAGES and count >= SIDE_SHARE * len(pages) and len(key[0]) >= 3}
    found_pages = []
    for index, ((top, bottom), (height, lines)) in enumerate(zip(edges, pages, strict=True)):
        found: dict[str, str] = {}
        for text, high, _, left in lines:
            if (shape(text), round(left / 2), round(high / 2)) in sides:
                found[fold(text)] = "running_head" if high < height / 2 else "running_foot"
        for label, texts in (("running_head", top), ("running_foot", bottom)):
            for text in texts:
                folded = fold(text)
                if re.fullmatch(r"\d+", folded) and offset is not None \
                        and int(folded) - index == offset:
                    found[folded] = "page_number"
                elif recurring[shape(text)] >= MIN_PAGES and len(folded) >= 2:
                    found[folded] = ("page_number" if re.fullmatch(r"[\W\d_]*\d[\W\d_]*", folded)
                                     else label)
        found_pages.append(found)
    return found_pages


def label_page(lines: list[str], found: dict[str, str]) -> dict[int, str]:
    """Labels of one page's lines (by their index among its lines of text)."""
    labels: dict[int, str] = {}
    edge = set(range(EDGE_LINES)) | set(range(len(lines) - EDGE_LINES, len(lines)))
    used: set[str] = set()
    for i, line in enumerate(lines):
        folded = fold(line)
        if folded in found and folded not in used and (found[folded] != "page_number"
                                                       or i in edge):
            labels[i] = found[folded]
            used.add(folded)
            continue
        rest, pieces = folded, []
        for text in sorted(found, key=len, reverse=True):
            if text in rest:
                rest = rest.replace(text, "", 1)
                pieces.append(found[text])
        if pieces and not rest.strip("•|·,.:;"):
            labels[i] = "running_head" if "running_head" in pieces else pieces[0]
            continue
        part = [text for text in found if folded in text and len(folded) < len(text)]
        if part and i in edge and (len(folded) >= 2 or found[part[0]] != "page_number"):
            labels[i] = found[part[0]]
            continue
        if i in edge and any((folded.startswith(text) or folded.endswith(text))
                             and len(folded) > len(text)
                             and (len(text) >= 4 or i in (0, len(lines) - 1))
                             for text in found):
            labels[i] = "mixed"
    return labels


def label_document(name: str, pdf: Path, out: Path) -> list[str]:
    """Write ``name``'s four extracts into ``out/files``; return their label rows."""
    found = furniture(layout(pdf))
    heads = {words(text) for page in found for text, label in page.items()
             if label != "page_number" and len(words(text)) >= HEADING_MIN_LETTERS}
    rows = []
    extracted = {extractor: extract_pages(pdf, extractor) for extractor in NAMES}
    variants = [(extractor, extractor, JOINERS[extractor]) for extractor in NAMES]
    for variant, extractor, joiner in [*variants, (UNJOINED, "pymupdf", "")]:
        read = extracted[extractor]
        if len(read) != len(found):
            print(f"{name} ({variant}): {len(read)} pages, not {len(found)}: left out",
                  file=sys.stderr)
            continue
        text = joiner.join(read)
        file = f"{name}_{variant}.txt"
        (out / "files" / file).write_text(text, encoding="utf-8")
        starts = list(itertools.accumulate((len(page) + len(joiner) for page in read),
                                           initial=0))[:-1]
        by_page: dict[int, list[tuple[int, str]]] = collections.defaultdict(list)
        at = 0
        for number, line in enumerate(text.split("\n")):
            if line.strip():
                where = at + len(line) - len(line.lstrip("\f \t"))
                by_page[max(i for i, start in enumerate(starts) if start <= where)].append(
                    (number, line))
            at += len(line) + 1
        for page, numbered in by_page.items():
            labels = label_page([line for _, line in numbered], found[page])
            for i, (number, line) in enumerate(numbered):
                label = labels.get(i) or ("heading" if words(line) in heads else None)
                if label:
                    rows.append(f"{file}\t{number + 1}\t{label}\t{shown(line)}")
    return rows


def shown(line: str) -> str:
    """A line as the grader shows it in a label's row and checks it against the file: a
    carriage return that ends it dropped, a backslash, a tab, a form feed, a carriage
    return and other control characters escaped (the grader reads its rows with
    universal newlines, and a carriage return would end one)."""
    escaped = {"\\": "\\\\", "\t": "\\t", "\f": "\\f", "\r": "\\r"}
    line = line.removesuffix("\r")
    return "".join(escaped.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 32 or ord(char) == 127
                                         else char) for char in line)


def words(text: str) -> str:
    """A line's letters alone, in lower case: a head and the heading it repeats meet."""
    return "".join(char for char in unicodedata.normalize("NFKC", text).lower()
                   if char.isalpha())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--work", type=Path, help="where the extracts and labels are kept")
    parser.add_argument("--python", default=sys.executable,
                        help="the Python whose cleaner is graded (default: this one)")
    arguments = parser.parse_args()
    if not GRADER.is_file():
        sys.exit(f"{GRADER}: not found (the shared corpus is not here)")
    if not LATEX_DOCS.is_dir():
        sys.exit(f"{LATEX_DOCS}: not found; apt install texlive-publishers-doc"
                 " texlive-humanities-doc texlive-science-doc texlive-lang-chinese")
    names = collections.Counter(name for documents in DOCUMENTS.values() for name in documents)
    if max(names.values()) > 1:  # a name is extracted once: a later PDF of that name goes unread
        sys.exit(f"names used twice in DOCUMENTS: {sorted(n for n, c in names.items() if c > 1)}")
    with tempfile.TemporaryDirectory() as scratch:
        work = arguments.work or Path(scratch)
        labels = work / "labels.tsv"
        (work / "files").mkdir(parents=True, exist_ok=True)
        # rows end at "\n" only: a label's text may hold a line separator (U+2028)
        rows = (labels.read_text(encoding="utf-8").rstrip("\n").split("\n")
                if labels.is_file() else ["file\tline\tlabel\ttext"])
        for documents in DOCUMENTS.values():  # those a work folder of an older set lacks
            for name, path in documents.items():
                if not (work / "files" / f"{name}_{UNJOINED}.txt").is_file():
                    rows = [row for row in rows if not row.startswith(f"{name}_")]
                    rows += label_document(name, LATEX_DOCS / path, work)
        labels.write_text("\n".join(rows) + "\n", encoding="utf-8")
        command = f"{shlex.quote(arguments.python)} -m cleaner clean --no-cache {{inp}} -o {{out}}"
        for unjoined in (False, True):
            for half, documents in DOCUMENTS.items():
                files = sorted(path.name for path in (work / "files").iterdir()
                               if path.name.split("_")[0] in documents
                               and (path.stem.split("_", 1)[1] == UNJOINED) == unjoined)
                graded = subprocess.run(
                    [sys.executable, str(GRADER), "--cmd", command, "--labels", str(labels),
                     "--dir", str(work / "files"), "--files", *files],
                    capture_output=True, text=True, check=True).stdout
                total = next(line for line in graded.splitlines() if line.startswith("TOTAL"))
                print(f"{half}{', PyMuPDF unjoined' if unjoined else ''}: {total}")


if __name__ == "__main__":
    main()
