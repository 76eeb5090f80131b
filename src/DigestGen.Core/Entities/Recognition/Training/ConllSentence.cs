namespace DigestGen.Entities.Recognition.Training;

/// <summary>One sentence of the training corpus: its tokens and their BIO tag indexes.</summary>
internal sealed record ConllSentence(IReadOnlyList<string> Tokens, int[] Tags);
