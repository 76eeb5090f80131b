using System.Text.Json.Serialization;

namespace DigestGen.Search;

/// <summary>
/// The shapes of the files under <c>search/</c>, described at compile time: serialising them through
/// reflection had the runtime build (and compile) an accessor for every member on the first write of
/// every build, a start-up cost that a 21-article digest paid in full. It is the only resolver of
/// <see cref="SearchFormat.Json"/>: a native (AOT) binary cannot fall back on reflection.
/// </summary>
[JsonSerializable(typeof(PostingHead))]
[JsonSerializable(typeof(SearchMeta))]
[JsonSerializable(typeof(NameShard))]
[JsonSerializable(typeof(SearchShard))]
[JsonSerializable(typeof(int[]))]
[JsonSerializable(typeof(List<string[]>))]
[JsonSerializable(typeof(string[][]))]
internal sealed partial class SearchJsonContext : JsonSerializerContext;
