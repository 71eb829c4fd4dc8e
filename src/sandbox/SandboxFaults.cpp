#include "SandboxFaults.h"

namespace fr {

void SandboxFaults::add(const SandboxFault &fault)
{
    if (fault.count > 0)
        m_faults.append(fault);
}

std::optional<SandboxFault> SandboxFaults::take(SandboxEndpoint endpoint)
{
    return takeIf(endpoint, false);
}

std::optional<SandboxFault> SandboxFaults::takeRuntime()
{
    return takeIf(SandboxEndpoint::Any, true);
}

std::optional<SandboxFault> SandboxFaults::takeIf(SandboxEndpoint endpoint, bool runtime)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SandboxFault &f = m_faults[i];
        if ((f.kind == SandboxFaultKind::Runtime) != runtime)
            continue;
        if (!runtime && f.endpoint != SandboxEndpoint::Any && f.endpoint != endpoint)
            continue;
        SandboxFault taken = f;
        taken.count = 1;
        if (--f.count <= 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

QJsonArray SandboxFaults::toJson() const
{
    QJsonArray list;
    for (const SandboxFault &f : m_faults)
        list.append(f.toJson());
    return list;
}

} // namespace fr
