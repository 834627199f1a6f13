-- The travel step's travel cost (dollars in miles' worth at the sport's average price of a mile), which the quality
-- step deducts for; null for a schedule measured before the step reported it, whose miles then stand for it.
ALTER TABLE schedule ADD COLUMN travel_cost DOUBLE PRECISION;
