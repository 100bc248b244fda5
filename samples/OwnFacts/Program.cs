using System;
using NewsFacts;
using ReadingGroup;

// The reading group's facts are generated into its own namespace (ReadingGroup), with NewsFacts' record
// types, and refer to NewsFacts' own records: the claim below is about the very same Putin instance.
Claim claim = ReadingGroup.Claims.PartnershipIsTheStory;
Console.WriteLine($"{claim.Holders[0].Name}: {claim.Text}");
Console.WriteLine($"About Putin from NewsFacts itself: {ReferenceEquals(claim.About[0], NewsFacts.People.VladimirPutin)}");
Console.WriteLine($"{NewsFacts.People.VladimirPutin.Names["fr"]} — {NewsFacts.Events.PutinStateVisitToNorthKorea.Start}");
Console.WriteLine($"Found by name: {ReadingGroup.Dataset.Catalog.FindEntity("ada")?.Id}");

// A kind the group declared itself: Book, with typed fields, one of them referring to NewsFacts' North Korea.
Book book = Books.TheRealNorthKorea;
Console.WriteLine($"{book.Name} by {book.Author} ({book.Published}), about {book.About[0].Names["fr"]}: {ReferenceEquals(book.About[0], NewsFacts.Countries.NorthKorea)}");
Console.WriteLine($"{ReadingGroup.Dataset.Info.FactCount} facts of its own, content {ReadingGroup.Dataset.Info.ContentHash[..12]}");
