namespace DigestGen.Checking;

/// <summary>Why a reference does not resolve, and how to fix it when the fix is known.</summary>
public sealed record LinkProblem(string Message, string? Hint);
