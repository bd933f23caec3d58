create table note (id bigint primary key, title varchar(200) not null);
insert into note (id, title) values (1, 'first'), (2, 'second'), (3, 'third');
