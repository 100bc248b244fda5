using System.Linq;
using Microsoft.CodeAnalysis;

namespace NewsFacts.Generator.Model
{
    /// <summary>A diagnostic as a value: which descriptor, where, and the message arguments.</summary>
    internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
            new DiagnosticInfo(descriptor.Id, location, arguments.ToEquatableArray());
    }
}
