"""The demo portfolio's names: consumers' first and last names, streets and street suffixes, drawn by the
generator (`demo.generate`) with its seeded random number generator."""

FIRST_NAMES = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph "
    "Jessica Thomas Sarah Carlos Maria Jose Ana Luis Carmen Wei Mei Ahmed Fatima Kwame Ama Olivia Liam Noah Emma "
    "Sophia Mateo Lucia Chloe Ethan Isabella Priya Arjun Yuki Hiroshi Sean Siobhan Pierre Amelie Dmitri Olga"
).split()
LAST_NAMES = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson "
    "Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis "
    "Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera "
    "Campbell Mitchell Carter Roberts Tremblay Gagnon Roy Cote Bouchard Gauthier Morin Lavoie Fortin Chen Singh"
).split()
STREETS = "Main Oak Pine Maple Cedar Elm Washington Lake Hill Park Sunset Riverside Church Mill Spring".split()
SUFFIXES = ("St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct")
