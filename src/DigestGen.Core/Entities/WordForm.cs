using DigestGen.Arabic;
using DigestGen.Entities.Recognition;

namespace DigestGen.Entities;

/// <summary>
/// One normal word form, shared by every token that has it (see <see cref="NormalForms"/>), with what
/// extraction derives from the word alone kept beside it: a token then reads its clitic readings and
/// its recogniser facts from its form instead of looking the word up in a cache of each (three string
/// lookups a token: in a profile of `extract` over 3,307 articles, concurrent-dictionary lookups fell
/// from 4.7 % to 1.3 % of samples). Each slot is filled on first use; two threads filling it at once
/// compute the same value, so either may stay.
/// </summary>
internal sealed class WordForm(string text)
{
    private const int NotYet = int.MinValue;

    private CliticSplit[]? _readings;
    private WordFacts? _facts;
    private int _triggerClass = NotYet;

    public string Text { get; } = text;

    /// <summary>The word's clitic readings (<see cref="Matching.CliticReadings.Of"/>).</summary>
    public CliticSplit[] Readings => _readings ??= Matching.CliticReadings.Of(Text);

    /// <summary>The word's facts for <paramref name="features"/>: kept for the last extractor that asked
    /// (a process has one model), asked of it again for any other.</summary>
    public WordFacts FactsFor(FeatureExtractor features)
    {
        var facts = _facts;
        if (facts is null || !ReferenceEquals(facts.BucketsOf, features))
        {
            _facts = facts = features.FactsOf(Text);
        }

        return facts;
    }

    /// <summary>The trigger class (<see cref="TriggerWords.ClassOf"/>) of the word read with or without its
    /// clitics (لنموذجها → نموذجها), or -1.</summary>
    public int TriggerClass
    {
        get
        {
            var cls = _triggerClass;
            if (cls == NotYet)
            {
                _triggerClass = cls = FindTriggerClass();
            }

            return cls;
        }
    }

    public override string ToString() => Text;

    private int FindTriggerClass()
    {
        var cls = TriggerWords.ClassOf(Text);
        if (cls >= 0 || Text.Length < 4)
        {
            return cls;
        }

        foreach (var split in Readings)
        {
            if (split.HasPrefix && (cls = TriggerWords.ClassOf(split.Stem)) >= 0)
            {
                return cls;
            }
        }

        return -1;
    }
}
