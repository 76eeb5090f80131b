namespace DigestGen.Authoring;

public enum UnpublishedReason
{
    Draft,
    Scheduled,
}
