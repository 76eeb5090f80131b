namespace DigestGen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
