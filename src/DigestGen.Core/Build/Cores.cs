namespace DigestGen.Build;

/// <summary>
/// How wide the build's parallel loops run: one worker per core. Left to itself the thread pool
/// adds workers whenever one blocks for a moment (a file system call) and keeps them (nine or ten
/// on two cores): each has its own buffers and render context, and they evict each other from the
/// caches. Measured at 10,000 articles: 6–8 s less CPU for the same output.
/// </summary>
internal static class Cores
{
    public static readonly ParallelOptions One = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}
