using System.Text;

namespace NewsFacts.Generator.Emit
{
    /// <summary>Turns ids into C# member names: <c>vladimir-putin</c> → <c>VladimirPutin</c>, stable and always valid.</summary>
    internal static class CSharpNames
    {
        // Members a static class inherits from object; a property of the same name would hide them (CS0108).
        private static readonly string[] InheritedNames = { "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize" };

        /// <summary>The member name of <paramref name="id"/> inside the class <paramref name="containingClass"/>.</summary>
        public static string MemberName(string id, string containingClass)
        {
            var builder = new StringBuilder(id.Length + 1);
            bool upper = true;
            foreach (char c in id)
            {
                if (c == '-' || c == '_' || c == '.')
                {
                    upper = true;
                    continue;
                }

                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            if (builder.Length == 0 || char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            string name = builder.ToString();

            // A member may not share its class's name (CS0542) nor hide what every class inherits.
            return name == containingClass || System.Array.IndexOf(InheritedNames, name) >= 0 ? name + "_" : name;
        }

        /// <summary>A namespace made safe: each dotted part a valid identifier.</summary>
        public static string Namespace(string? candidate)
        {
            if (string.IsNullOrWhiteSpace(candidate))
            {
                return "NewsFacts.Generated";
            }

            string[] parts = candidate!.Trim().Split('.');
            for (int i = 0; i < parts.Length; i++)
            {
                var part = new StringBuilder();
                foreach (char c in parts[i])
                {
                    part.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
                }

                if (part.Length == 0 || char.IsDigit(part[0]))
                {
                    part.Insert(0, '_');
                }

                parts[i] = Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part.ToString()) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + part : part.ToString();
            }

            return string.Join(".", parts);
        }
    }
}
