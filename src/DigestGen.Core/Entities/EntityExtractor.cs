using DigestGen.Entities.Extraction;
using DigestGen.Entities.Matching;
using DigestGen.Entities.Recognition;

namespace DigestGen.Entities;

/// <summary>
/// Finds the entities an article mentions: the gazetteer's aliases (one trie pass), names the
/// news rules recognise (quoted, Latin, introduced by a role), and names the trained recogniser
/// finds, resolved so that every mention of one name is one entity. Built once; thread-safe.
/// </summary>
public sealed class EntityExtractor
{
    private static readonly Lazy<NerModel?> EmbeddedModel = new(NerModel.LoadEmbedded);

    private readonly GazetteerMatcher _gazetteer;
    private readonly Gazetteer _source;
    private readonly NerRecognizer? _recognizer;
    private readonly NerLexicon _lexicon;

    private EntityExtractor(Gazetteer gazetteer, NerModel? model)
    {
        _source = gazetteer;
        _gazetteer = new GazetteerMatcher(gazetteer);
        _recognizer = model is null ? null : new NerRecognizer(model);
        _lexicon = model?.Lexicon ?? new NerLexicon([], []);
    }

    public static EntityExtractor Create(Gazetteer gazetteer) => Create(gazetteer, EmbeddedModel.Value);

    /// <summary>
    /// Starts unpacking the embedded model on another thread, for a caller that will create an extractor
    /// once it has read its content; <see cref="Create(Gazetteer)"/> then waits for it to finish (or
    /// throws what it threw). Does nothing once the model is loaded or loading.
    /// </summary>
    public static void LoadModelInBackground()
    {
        if (Interlocked.Exchange(ref s_loading, 1) == 0)
        {
            // The Lazy keeps a failure and rethrows it to Create: the task's own copy of it is not needed.
            _ = Task.Run(() => EmbeddedModel.Value).ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }
    }

    private static int s_loading;

    internal static EntityExtractor Create(Gazetteer gazetteer, NerModel? model)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        return new EntityExtractor(gazetteer, model);
    }

    /// <summary>False when the assembly was built without a trained model: only the gazetteer and the
    /// news rules then run.</summary>
    public bool HasRecognizer => _recognizer is not null;

    public IReadOnlyList<FoundEntity> Extract(string plainText, IReadOnlyCollection<string> forcedIds, IReadOnlyCollection<string> ignoredIds)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        var text = AnalyzedText.Rent(plainText);
        try
        {
            var scan = new ArticleScan(text, _lexicon);
            var curated = _gazetteer.FindAll(scan.Text);
            var model = ModelSpanFinder.Find(scan, _recognizer, out var tags);
            var rules = QuotedNameRule.Find(scan, tags)
                .Concat(LatinNameRule.Find(scan))
                .Concat(RoleNameRule.Find(scan).Where(r => !model.Any(m => m.Type == EntityType.Person && m.First == r.First) && TaggedAnywhere(tags, r)));
            var groups = new MentionResolver(scan, _gazetteer).Resolve(curated, rules, model);
            return EntityAssembler.Assemble(groups, _source, forcedIds ?? [], ignoredIds ?? []);
        }
        finally
        {
            text.Return(); // every result is built: nothing reads the tokens after this
        }
    }

    // A role's name the recogniser left wholly untagged is most often a verb or a noun after the
    // role (الرئيس السوري سعى، الوزيرة الأميركية صرحت); one it tagged even in part is kept (8-fold
    // --cv mean 0.7538 -> 0.7541, seed 7 0.7523 -> 0.7527). Without a model every role name is kept.
    private bool TaggedAnywhere(int[] tags, Candidate role)
    {
        if (_recognizer is null)
        {
            return true;
        }

        for (var k = role.First; k <= role.Last; k++)
        {
            if (tags[k] != NerTags.Outside)
            {
                return true;
            }
        }

        return false;
    }
}
