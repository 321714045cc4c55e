// The baseline of issue 4: print an HTML file with a bare QTextDocument onto a QPdfWriter
// (A4), nothing else. Usage: pdf_baseline IN.html OUT.pdf
#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextDocument>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (argc != 3 || !in.open(QIODevice::ReadOnly))
        return 1;
    QPdfWriter writer(QString::fromLocal8Bit(argv[2]));
    writer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer); // else text comes out a third of its size
    doc.setHtml(QString::fromUtf8(in.readAll()));
    doc.print(&writer);
    return 0;
}
