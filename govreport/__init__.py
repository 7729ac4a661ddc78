"""govreport: Chinese local-government reports in, citable tables out.

Stages (each a library module usable without the CLI):

    clean    raw files -> documents table   (govreport.clean)
    extract  documents -> indicators table  (govreport.extract)
    compare  indicators -> comparison tables (govreport.compare)
    report   tables -> Excel workbook       (govreport.report)
"""

__version__ = "0.1.0"
