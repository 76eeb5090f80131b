namespace DigestGen.Rendering.Annotation;

/// <summary>One mention placed in one text node: the characters to wrap and whether the wrapper is a link.</summary>
internal readonly record struct Placement(TextSlot Slot, int Start, int End, AnnotatedEntity Entity, bool Link);
