#pragma once

// A studio session against an in-process FASHN sandbox, on temporary settings, journal and
// library, with the in-memory secret store: what widget tests build the real window on.
#include "core/session/Session.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace fr::test {

class StudioFixture
{
public:
    explicit StudioFixture(double timeScale = 0.01)
    {
        SandboxOptions sandboxOptions;
        sandboxOptions.timeScale = timeScale;
        sandbox = std::make_unique<SandboxServer>(sandboxOptions);
        if (!sandbox->listen(0))
            qFatal("the sandbox could not listen on 127.0.0.1");
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
        settings->setOutputDir(libraryDir());
        // Should a test switch the session to the FASHN backend, it still talks to loopback.
        settings->setBaseUrl(sandbox->baseUrl());
        options.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
        options.catalogOverrideDir = QStringLiteral("-");
        options.readEnvironment = false;
        options.forceSandbox = true;
        options.sandboxTimeScale = timeScale;
        options.sandboxLibraryDir = libraryDir();
        SandboxServer *server = sandbox.get();
        options.startSandbox = [server](double) {
            return LocalBackend{server->baseUrl(), QString::fromLatin1(kSandboxDefaultKey), {}};
        };
    }

    QString libraryDir() const { return dir.filePath(QStringLiteral("library")); }

    // A started, ready session (the sandbox backend unless options say otherwise).
    Session *start()
    {
        session = std::make_unique<Session>(settings.get(), &secrets, options);
        QSignalSpy ready(session.get(), &Session::ready);
        session->start();
        if (!session->isReady() && !ready.wait(5000))
            qFatal("the session did not become ready");
        return session.get();
    }

    QTemporaryDir dir;
    std::unique_ptr<SandboxServer> sandbox;
    std::unique_ptr<Settings> settings;
    MemorySecretStore secrets;
    SessionOptions options;
    std::unique_ptr<Session> session;
};

} // namespace fr::test
