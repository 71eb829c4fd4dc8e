#pragma once

#include "SandboxFault.h"

#include <QJsonArray>
#include <QList>

namespace fr {

// The pending fault rules, consumed first come first served.
class SandboxFaults
{
public:
    void add(const SandboxFault &fault);
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }

    // Takes one use of the first transport fault that matches endpoint.
    std::optional<SandboxFault> take(SandboxEndpoint endpoint);
    // Takes one use of the first runtime error rule.
    std::optional<SandboxFault> takeRuntime();

    QJsonArray toJson() const;

private:
    std::optional<SandboxFault> takeIf(SandboxEndpoint endpoint, bool runtime);

    QList<SandboxFault> m_faults;
};

} // namespace fr
