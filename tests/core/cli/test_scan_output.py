from core.cli.scan_output import top_findings
from core.rules.finding import Finding


def _f(rule: str, severity: str, subject: str) -> Finding:
    return Finding(rule=rule, severity=severity, subject=subject, explanation=f"{rule} {subject}")  # type: ignore[arg-type]


def test_top_findings_show_each_rule_before_repeating_one() -> None:
    findings = [_f("recording-without-device", "high", str(i)) for i in range(10)]
    findings += [_f("export-summary", "high", "export"), _f("duplicate-audio", "medium", "d"),
                 _f("recording-unfamiliar-name", "low", "n")]
    top = top_findings(findings, 5)
    assert [f.rule for f in top] == ["export-summary", "recording-without-device", "duplicate-audio",
                                     "recording-unfamiliar-name", "recording-without-device"]
