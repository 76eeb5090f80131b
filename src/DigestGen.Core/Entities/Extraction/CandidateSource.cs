namespace DigestGen.Entities.Extraction;

internal enum CandidateSource
{
    Gazetteer,
    Quoted,
    Latin,
    Role,
    Model,
    Repeated,
}
