using System.Runtime.CompilerServices;

// The trainer builds models through the same feature code extraction uses; sharing internals
// keeps that code out of the public API.
[assembly: InternalsVisibleTo("DigestGen.Training")]
[assembly: InternalsVisibleTo("DigestGen.Benchmarks")]
