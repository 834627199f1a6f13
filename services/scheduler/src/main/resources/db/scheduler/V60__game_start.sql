-- A game's own local start time at its venue; NULL: none set, the sport's usual start applies (games generated before
-- this column, and every generated game, have none).
ALTER TABLE game ADD COLUMN start_time TIME;
ALTER TABLE game_version ADD COLUMN start_time TIME;
