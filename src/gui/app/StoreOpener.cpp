#include "gui/app/StoreOpener.h"

#include "core/store/StoreAddress.h"

#include <QDir>
#include <QFileInfo>

namespace ahplead {

StoreOpener::StoreOpener(Prompter &prompter) : m_prompter(prompter) {}

std::unique_ptr<Store> StoreOpener::open(const QString &startPath, bool expectExisting, QWidget *parent)
{
    QString path = startPath;
    QString password; // for a shared store whose server asked: this connection's only, kept nowhere
    for (;;) {
        StoreProblem problem;
        problem.path = path;
        std::unique_ptr<Store> readOnly;
        const bool server = StoreAddress::isServer(path);
        const bool exists = server || QFileInfo::exists(path);
        if (expectExisting && !exists) {
            problem.message = tr("%1 cannot be found. It may have been moved, renamed or deleted, or it is on a "
                                 "drive that is not connected.")
                                  .arg(QDir::toNativeSeparators(path));
            problem.canCreate = true;
        } else {
            auto opened = Store::open(path, Store::Mode::ReadWrite, password);
            if (opened)
                return std::move(opened.value());
            problem.message = opened.message();
            // The server wants a password, or refused the one typed: ask (again) before anything else.
            if (server && (Store::needsPassword(problem.message) || !password.isEmpty())) {
                password = m_prompter.askPassword(parent, path);
                if (!password.isEmpty())
                    continue;
            }
            if (exists && !server) {
                // Whether reading still works decides if "Open read-only" is worth offering.
                auto probe = Store::open(path, Store::Mode::ReadOnly);
                if (probe) {
                    readOnly = std::move(probe.value());
                    problem.canOpenReadOnly = true;
                }
            }
        }

        switch (m_prompter.storeProblem(parent, problem)) {
        case StoreChoice::OpenReadOnly:
            if (readOnly)
                return readOnly;
            break;
        case StoreChoice::CreateNew:
            expectExisting = false;
            break;
        case StoreChoice::ChooseAnother: {
            const QString chosen = m_prompter.chooseStoreFile(parent, path);
            if (!chosen.isEmpty()) {
                path = chosen;
                expectExisting = false; // a file the person just named may be new
            }
            break;
        }
        case StoreChoice::Quit:
            return nullptr;
        }
    }
}

} // namespace ahplead
