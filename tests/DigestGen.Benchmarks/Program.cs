using BenchmarkDotNet.Running;
using DigestGen.Benchmarks;

if (args is ["--stages", var path])
{
    StageProfile.Run(path);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
