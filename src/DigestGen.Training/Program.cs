using DigestGen.Entities.Recognition.Training;
using DigestGen.Training;

var options = TrainingOptions.Parse(args, Console.Error);
if (options is null)
{
    return 2;
}

if (!File.Exists(options.Train))
{
    Console.Error.WriteLine($"{options.Train}: training file not found\n{TrainingOptions.Usage}");
    return 2;
}

return TrainingRun.Execute(options, Console.Out);
