#pragma once

#include "report/businesscase/BusinessCaseModel.h"

#include <QSizeF>
#include <QTextDocument>

#include <memory>

class QPaintDevice;

namespace ahplead {

// The business case as a QTextDocument, laid out with the same DocumentBuilder (type,
// headings, tables, palette) as the assessment report. BusinessCasePdfWriter paginates it
// with ReportPages (header, footer, "Page N of M"); BusinessCaseOdtWriter saves it as an
// editable document.
class BusinessCaseDocument {
public:
    enum class Use { Print, Editable };

    // With a LAYOUTDEVICE (a QPdfWriter or QPrinter) the document is laid out for it, so type
    // comes out at its true size. PAGESIZE is the printable body of a page in that device's
    // units (no pagination when empty).
    static std::unique_ptr<QTextDocument> build(const BusinessCaseModel &model, Use use,
                                                QPaintDevice *layoutDevice = nullptr, QSizeF pageSize = {});
};

} // namespace ahplead
