using DigestGen.Entities.Recognition.Training;
namespace DigestGen.Training;

/// <summary>Command-line options. Relative paths resolve against the current directory; the
/// defaults point at <c>../shared/data/anercorp</c> beside the repository root.</summary>
internal sealed record TrainingOptions(string Train, string? Gazetteers, string Out, int DevLast, int Epochs, int BucketBits, int Limit, string? Preview = null, string? Load = null, int Passes = 1, int Members = TrainingOptions.DefaultMembers, int Folds = 0, ulong Seed = PerceptronTrainer.DefaultSeed, string? FoldCache = null, bool Compare = false)
{
    /// <summary>Perceptrons averaged into the model. Over 8-fold `--cv`, one perceptron gave a mean
    /// micro F1 of 0.739–0.741 (three seeds), four averaged 0.743–0.749 (three runs), eight 0.747;
    /// the model keeps its size in memory and its speed.</summary>
    public const int DefaultMembers = 8;

    public const string Usage =
        "usage: dotnet run --project src/DigestGen.Training -c Release -- [--train CONLL] [--gazetteers DIR] [--out MODEL.bin]\n" +
        "         [--dev-last N] [--epochs N] [--bits N] [--limit N] [--preview TEXTFILE] [--load MODEL.bin] [--passes 1|2]\n" +
        "         [--members N] [--seed N] [--cv FOLDS] [--fold-cache DIR] [--compare]";

    public static TrainingOptions? Parse(string[] args, TextWriter error)
    {
        var root = RepositoryRoot.Find(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var data = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "anercorp"));
        var o = new TrainingOptions(Path.Combine(data, "train.conll"), Path.Combine(data, "gazetteers"),
            Path.Combine(root, "src", "DigestGen.Core", "Entities", "Recognition", "Model", "ner-model.bin"), 0, 15, 18, 0);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            o = args[i] switch
            {
                "--train" when value is not null => o with { Train = value },
                "--gazetteers" when value is not null => o with { Gazetteers = value },
                "--out" when value is not null => o with { Out = value },
                "--dev-last" when int.TryParse(value, out var n) => o with { DevLast = n },
                "--epochs" when int.TryParse(value, out var n) => o with { Epochs = n },
                "--bits" when int.TryParse(value, out var n) && n is >= 10 and <= 22 => o with { BucketBits = n },
                "--limit" when int.TryParse(value, out var n) => o with { Limit = n },
                "--preview" when value is not null => o with { Preview = value },
                "--load" when value is not null => o with { Load = value },
                "--passes" when value is "1" or "2" => o with { Passes = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--members" when int.TryParse(value, out var n) && n is >= 1 and <= 16 => o with { Members = n },
                "--seed" when ulong.TryParse(value, out var n) && n > 0 => o with { Seed = n },
                "--cv" when int.TryParse(value, out var n) && n is >= 2 and <= 10 => o with { Folds = n },
                "--fold-cache" when value is not null => o with { FoldCache = value },
                "--compare" => o with { Compare = true },
                _ => null,
            };
            if (o is null)
            {
                error.WriteLine($"unknown or incomplete option '{args[i]}'\n{Usage}");
                return null;
            }

            i += args[i] == "--compare" ? 0 : 1;
        }

        return o;
    }
}
